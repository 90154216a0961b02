import type { DbOrTx } from "@cppcc/db";
import { orderSensitiveKinds, scoreMemberGroups, type MemberTotals, type ReadonlyEvaluationTable } from "@cppcc/domain";
import { groupedEntriesOf } from "./groupedEntries";

export type ScoredMember = { councilId: string; memberId: string; totals: MemberTotals };

/**
 * Scores a year of many councils' ledgers, a batch of councils at a time (each batch one query,
 * read member by member), so memory holds one batch and not the ledger. Every member with a live
 * entry in the year is scored by `scoreMemberGroups` under their council's table; councils without
 * a table for the year are skipped. Councils sharing a table are read together.
 */
export async function* scoreLedger(
  db: DbOrTx,
  councils: readonly { councilId: string; table: ReadonlyEvaluationTable }[],
  year: number,
  councilsPerBatch = 50,
): AsyncGenerator<ScoredMember[]> {
  const byTable = new Map<ReadonlyEvaluationTable, string[]>();
  for (const c of councils) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.councilId]);
  for (const [table, councilIds] of byTable) {
    const oneByOne = orderSensitiveKinds(table);
    for (let i = 0; i < councilIds.length; i += councilsPerBatch) {
      const members = await groupedEntriesOf(db, { councilIds: councilIds.slice(i, i + councilsPerBatch) }, year, oneByOne);
      yield members.map((m) => ({ councilId: m.councilId, memberId: m.memberId, totals: scoreMemberGroups(m.groups, table) }));
    }
  }
}
