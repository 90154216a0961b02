ALTER TABLE "consultation" ADD COLUMN "topic_source" text;
--> statement-breakpoint
-- hand-written below
-- Deliberations scheduled before the source was recorded came from residents' topics.
UPDATE "consultation" SET "topic_source" = 'resident' WHERE "topic_source" IS NULL AND EXISTS (SELECT 1 FROM "resident_topic" t WHERE t."consultation_id" = "consultation"."id");
