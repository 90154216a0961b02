import { type dutyLedger, dutyScore, evaluationTable, type DbOrTx } from "@cppcc/db";
import { groupsOf, scoreMemberGroups, type MemberTotals, type ReadonlyEvaluationTable } from "@cppcc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import { appendAndReadLive, type MemberYear } from "./appendEntries";
import { scoreLedger } from "./scoreLedger";

/** Shared by every entry write of the council, taken alone by a table save. */
export const councilScoreKey = (councilId: string) => `duty-score-table:${councilId}`;

export type { MemberYear } from "./appendEntries";

/**
 * Appends entries to the ledger and rescores the members whose live entries they change, in the
 * transaction that appends them. The caller holds each member's score lock (`lockDuty` takes it
 * with the ledger's), so two entries of one member written at once take turns and the second reads
 * the first's; and the council's score lock shared, so a table save (which takes it alone before
 * rescoring the year) waits for this transaction and then reads its entries, or this one waits and
 * reads the saved table. Two round trips: the append with the members' live entries after it (one
 * statement), sent together with the years' tables (which the append cannot change); then the upsert.
 */
export async function appendAndRescore(
  tx: DbOrTx,
  councilId: string,
  appends: readonly (typeof dutyLedger.$inferInsert)[],
  changed: readonly MemberYear[],
  scoredAt: Date,
): Promise<void> {
  if (appends.length === 0) return;
  const years = [...new Set(changed.map((c) => c.year))];
  const [live, tables] = await Promise.all([
    appendAndReadLive(tx, councilId, appends, changed),
    years.length === 0
      ? []
      : tx
          .select({ year: evaluationTable.year, document: evaluationTable.document, version: evaluationTable.version })
          .from(evaluationTable)
          .where(and(eq(evaluationTable.councilId, councilId), inArray(evaluationTable.year, years))),
  ]);
  const scored = live.flatMap(({ year, entries }) => {
    const row = tables.find((t) => t.year === year);
    if (!row) return [];
    const members = new Set(changed.filter((c) => c.year === year).map((c) => c.memberId));
    return [...members].map((memberId) => ({
      councilId,
      memberId,
      version: row.version,
      totals: scoreMemberGroups(groupsOf(entries.filter((e) => e.memberId === memberId)), row.document),
    }));
  });
  for (const version of new Set(scored.map((s) => s.version))) await storeScores(tx, scored.filter((s) => s.version === version), version, scoredAt);
}

/**
 * Rescores a council's whole year under the table just saved or published, in that transaction.
 * The council's score lock, taken alone, waits for entries being written to commit and holds new
 * ones back until this commits, so each is scored under this table (also a year's first table,
 * which no row lock could guard). Rows of members with no live entry left are removed: the year
 * reads them as scoring an empty record.
 */
export async function rescoreYear(tx: DbOrTx, councilId: string, table: ReadonlyEvaluationTable, version: number, scoredAt: Date): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${councilScoreKey(councilId)}, 0))`);
  await tx.delete(dutyScore).where(and(eq(dutyScore.councilId, councilId), eq(dutyScore.year, table.year)));
  await scoreLedger(tx, [{ councilId, table }], table.year, async (batch, inner) => {
    for (let i = 0; i < batch.length; i += 1000) await storeScores(inner, batch.slice(i, i + 1000), version, scoredAt);
  });
}

async function storeScores(tx: DbOrTx, scored: readonly { councilId: string; memberId: string; totals: MemberTotals }[], tableVersion: number, scoredAt: Date) {
  if (scored.length === 0) return;
  await tx
    .insert(dutyScore)
    .values(
      scored.map(({ councilId, memberId, totals: t }) => ({
        councilId,
        year: t.year,
        memberId,
        tableVersion,
        total: t.total,
        band: t.band.code,
        categories: t.categories.map((c) => ({ code: c.code, subtotal: c.subtotal })),
        unmetMinimums: t.unmetMinimums.map((u) => u.label),
        entries: t.entries,
        scoredAt,
      })),
    )
    .onConflictDoUpdate({
      target: [dutyScore.year, dutyScore.memberId, dutyScore.councilId],
      set: {
        tableVersion: sql`excluded.table_version`,
        total: sql`excluded.total`,
        band: sql`excluded.band`,
        categories: sql`excluded.categories`,
        unmetMinimums: sql`excluded.unmet_minimums`,
        entries: sql`excluded.entries`,
        scoredAt: sql`excluded.scored_at`,
      },
    });
}
