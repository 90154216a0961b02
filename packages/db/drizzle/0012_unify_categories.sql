-- hand-written below
-- Suggestions now file under the proposals' categories (one list for both). Rows stored under the
-- rule set's former suggestion categories move to the shared category each belongs to, and the
-- former list leaves the stored rule sets (retiredCategoryCodes in @cppcc/domain mirrors this map).
UPDATE "consultation_suggestion" SET "category" = CASE "category"
  WHEN 'livelihood' THEN 'society'
  WHEN 'environment' THEN 'ecology'
  WHEN 'cultureEducation' THEN 'culture'
  WHEN 'governance' THEN 'society'
  ELSE "category" END
WHERE "category" IN ('livelihood', 'environment', 'cultureEducation', 'governance');--> statement-breakpoint
UPDATE "council" SET "rule_set" = "rule_set" #- '{consultation,suggestionCategories}' WHERE "rule_set" #> '{consultation,suggestionCategories}' IS NOT NULL;
