import { council, type DbOrTx } from "@cppcc/db";
import { defaultPasswordRules, type PasswordRules } from "@cppcc/domain";
import { eq } from "drizzle-orm";

/** The council's password rule; a rule set stored before the section existed has none, and gets the preset's. */
export async function passwordRules(db: DbOrTx, councilId: string): Promise<PasswordRules> {
  const [row] = await db.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, councilId)).limit(1);
  if (!row) throw new Error(`council ${councilId} vanished`);
  return (row.ruleSet.password as PasswordRules | undefined) ?? defaultPasswordRules;
}
