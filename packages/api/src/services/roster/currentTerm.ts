import { term, type DbOrTx } from "@cppcc/db";
import { NotFound } from "@cppcc/domain";
import { and, desc, eq } from "drizzle-orm";

/** The term a list shows when none is named: the council's latest. */
export async function resolveTermId(db: DbOrTx, councilId: string, termId?: string): Promise<string> {
  const [row] = await db
    .select({ id: term.id })
    .from(term)
    .where(termId ? and(eq(term.councilId, councilId), eq(term.id, termId)) : eq(term.councilId, councilId))
    .orderBy(desc(term.number))
    .limit(1);
  if (!row) throw new NotFound(termId ? "所选届次不存在" : "本委员会还没有届次，请联系系统管理员建立届次后再使用名册");
  return row.id;
}
