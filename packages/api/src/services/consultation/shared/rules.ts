import { council, type DbOrTx } from "@cppcc/db";
import { NotFound } from "@cppcc/domain";
import { eq } from "drizzle-orm";

/** The council's consultation rules (deadlines, code lifetime, categories) and star range, as stored. */
export async function consultationRules(db: DbOrTx, councilId: string) {
  const [row] = await db.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, councilId));
  if (!row) throw new NotFound("找不到本委员会的规则设置");
  return { ...row.ruleSet.consultation, receptionHallStars: row.ruleSet.receptionHallStars };
}
