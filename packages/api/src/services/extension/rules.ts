import { council, type DbOrTx } from "@cppcc/db";
import type { ExtensionRules } from "@cppcc/domain";
import { eq } from "drizzle-orm";

/** The council's extension rule (count per period, longest extension), as stored. */
export async function extensionRules(db: DbOrTx, councilId: string): Promise<ExtensionRules> {
  const [row] = await db.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, councilId)).limit(1);
  if (!row) throw new Error(`council ${councilId} vanished`);
  return row.ruleSet.deadlineExtension;
}
