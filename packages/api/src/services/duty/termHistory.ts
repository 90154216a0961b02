import { term, type DbOrTx } from "@cppcc/db";
import { scoreMember, type YearRecord } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import { liveEntriesOf, type MemberEntry } from "./liveEntries";
import { yearTable } from "./yearTable";

/**
 * Each member's term up to `year`, one record a year: the live entries and the total that year's own
 * table gave them, as `exitTriggers` reads it. A year with no table has no total, so it is read as
 * never low (Infinity): it breaks a "below 60 two years running" run, since nothing says it was low,
 * while its absences still count.
 */
export async function termHistory(
  db: DbOrTx,
  councilId: string,
  termId: string,
  memberIds: readonly string[],
  year: number,
): Promise<Map<string, YearRecord[]>> {
  const [t] = await db.select({ startDate: term.startDate }).from(term).where(and(eq(term.councilId, councilId), eq(term.id, termId)));
  const first = Math.min(Number(t!.startDate.slice(0, 4)), year);
  const out = new Map<string, YearRecord[]>(memberIds.map((id) => [id, []]));
  for (let y = first; y <= year; y++) {
    const [entries, table] = await Promise.all([liveEntriesOf(db, councilId, memberIds, y), yearTable(db, councilId, y)]);
    const byMember = new Map<string, MemberEntry[]>();
    for (const e of entries) byMember.set(e.memberId, [...(byMember.get(e.memberId) ?? []), e]);
    for (const id of memberIds) {
      const mine = byMember.get(id) ?? [];
      out.get(id)!.push({ year: y, entries: mine, total: table ? scoreMember(mine, table.table).total : Number.POSITIVE_INFINITY });
    }
  }
  return out;
}
