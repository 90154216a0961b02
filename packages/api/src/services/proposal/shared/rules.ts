import { council, type DbOrTx } from "@cppcc/db";
import type { ProposalRules } from "@cppcc/domain";
import { eq } from "drizzle-orm";

/** The council's proposal rules (reply categories, deadlines, scale, grounds, review rounds), read where they are used. */
export async function proposalRules(db: DbOrTx, councilId: string): Promise<ProposalRules> {
  const [row] = await db.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, councilId)).limit(1);
  if (!row) throw new Error(`council ${councilId} vanished`);
  return row.ruleSet.proposal;
}
