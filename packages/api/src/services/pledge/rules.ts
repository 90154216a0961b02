import { council, type DbOrTx } from "@cppcc/db";
import { defaultPledgeRules, pledgeRulesSchema, type PledgeRules } from "@cppcc/domain";
import { eq } from "drizzle-orm";

/** The council's pledge and report dates; a rule set stored before the section existed reads the defaults. */
export async function pledgeRulesOf(db: DbOrTx, councilId: string): Promise<PledgeRules> {
  const [row] = await db.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, councilId)).limit(1);
  const parsed = pledgeRulesSchema.safeParse((row?.ruleSet as { pledge?: unknown } | undefined)?.pledge);
  return parsed.success ? parsed.data : defaultPledgeRules;
}
