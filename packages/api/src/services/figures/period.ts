import { term, type DbOrTx } from "@cppcc/db";
import { figurePeriod, NotFound, type FigurePeriod, type FiguresInput } from "@cppcc/domain";
import { and, desc, eq } from "drizzle-orm";

/** The days the figures count: the term named (or, with neither term nor year, the latest), narrowed to the year. */
export async function resolvePeriod(db: DbOrTx, councilId: string, input: FiguresInput): Promise<FigurePeriod & { termId: string | null }> {
  const year = input.year ?? null;
  if (!input.termId && year !== null) return { ...figurePeriod(null, year), termId: null };
  const [row] = await db
    .select({ id: term.id, number: term.number, startDate: term.startDate, endDate: term.endDate })
    .from(term)
    .where(and(eq(term.councilId, councilId), input.termId ? eq(term.id, input.termId) : undefined))
    .orderBy(desc(term.number))
    .limit(1);
  if (input.termId && !row) throw new NotFound("所选届次不存在，请重新选择");
  return { ...figurePeriod(row ?? null, year), termId: row?.id ?? null };
}

/** The first instant of a Shanghai day, and the first of the day after: the bounds of a period for timestamps. */
export function instantsOf(period: FigurePeriod): { from: Date; until: Date } {
  const until = new Date(`${period.to}T00:00:00+08:00`);
  until.setUTCDate(until.getUTCDate() + 1);
  return { from: new Date(`${period.from}T00:00:00+08:00`), until };
}
