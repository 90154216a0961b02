import { dutyScore, type DbOrTx } from "@cppcc/db";
import { bandOf, entryDetail, scoreMemberGroups, type ReadonlyEvaluationTable } from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";
import { groupedEntriesOf } from "./groupedEntries";

export type StoredTotals = { total: number; band: ReturnType<typeof bandOf>; categories: { code: string; label: string; subtotal: number }[]; unmetMinimums: string[]; entries: number };

/**
 * The year's totals of these members as the ranking reads them: the stored scores (kept current
 * with every entry and table change), so a ranking reads one row per member instead of scoring
 * every entry. A member without a row (no entry in the year, or entries from before scores were
 * stored) or with a row under another table version than the one read (a save committed between
 * the two reads) is scored from the ledger, by the same function that stores scores.
 */
export async function storedTotalsOf(db: DbOrTx, councilId: string, memberIds: readonly string[], table: ReadonlyEvaluationTable, version: number): Promise<Map<string, StoredTotals>> {
  const rows =
    memberIds.length === 0
      ? []
      : await db
          .select()
          .from(dutyScore)
          .where(and(eq(dutyScore.councilId, councilId), eq(dutyScore.year, table.year), inArray(dutyScore.memberId, [...memberIds])));
  const labels = new Map(table.categories.map((c) => [c.code, c.label]));
  const totals = new Map<string, StoredTotals>();
  for (const r of rows.filter((r) => r.tableVersion === version)) {
    totals.set(r.memberId, {
      total: r.total,
      band: bandOf(r.total, table),
      categories: r.categories.map((c) => ({ code: c.code, label: labels.get(c.code) ?? c.code, subtotal: c.subtotal })),
      unmetMinimums: r.unmetMinimums,
      entries: r.entries,
    });
  }
  const stale = memberIds.filter((id) => !totals.has(id));
  const groups = new Map((await groupedEntriesOf(db, { councilIds: [councilId], memberIds: stale }, table.year, entryDetail(table))).map((m) => [m.memberId, m.groups]));
  for (const memberId of memberIds) {
    if (totals.has(memberId)) continue;
    const s = scoreMemberGroups(groups.get(memberId) ?? [], table);
    totals.set(memberId, { total: s.total, band: s.band, categories: s.categories.map((c) => ({ code: c.code, label: c.label, subtotal: c.subtotal })), unmetMinimums: s.unmetMinimums.map((u) => u.label), entries: s.entries });
  }
  return totals;
}
