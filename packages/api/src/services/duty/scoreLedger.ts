import type { DbOrTx } from "@cppcc/db";
import { entryDetail, scoreMemberGroups, type MemberTotals, type ReadonlyEvaluationTable } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { rawRows } from "../rawRows";
import { groupedEntriesQuery, unpackRow, type PackedRow } from "./groupedEntries";

/**
 * The memory a ledger scoring may aggregate in (Postgres' work_mem, local to its transaction). The
 * year is aggregated by member into a packed string each (string_agg starts it at 1 kB), and with
 * Postgres' default 4 MB a city's year already spills to disk. A council's rescore needs a few MB;
 * a national year (650,000 members) about 0.8 GB, and its caller gives it that. A ceiling, not an
 * allocation.
 */
export const scoringWorkMem = "64MB";

export type ScoredMember = { councilId: string; memberId: string; totals: MemberTotals };

/**
 * Scores a year of many councils' ledgers: one grouped query per table (councils sharing a table
 * are read together), read through a server-side cursor `fetch` members at a time and handed to
 * `take` batch by batch, so node holds one fetch and not the ledger. Every member with a live entry
 * in the year is scored by `scoreMemberGroups` under their council's table. The cursor is SQL's own
 * (DECLARE … FETCH in a transaction, a savepoint inside the caller's), so it reads the same on
 * Postgres and PGlite; `take` runs inside it and may write with the transaction it is given.
 */
export async function scoreLedger(
  db: DbOrTx,
  councils: readonly { councilId: string; table: ReadonlyEvaluationTable }[],
  year: number,
  take: (batch: ScoredMember[], tx: DbOrTx) => Promise<void>,
  { fetch = 5000, workMem = scoringWorkMem }: { fetch?: number; workMem?: string } = {},
): Promise<void> {
  if (!/^\d+(kB|MB|GB)$/.test(workMem)) throw new Error(`work_mem must read like 64MB, not ${workMem}`);
  const byTable = new Map<ReadonlyEvaluationTable, string[]>();
  for (const c of councils) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.councilId]);
  for (const [table, councilIds] of byTable) {
    const detail = entryDetail(table);
    await db.transaction(async (tx) => {
      // The whole result is wanted: plan for all of it, not for the first rows (a cursor's default).
      await tx.execute(sql`set local cursor_tuple_fraction = 1`);
      await tx.execute(sql.raw(`set local work_mem = '${workMem}'`));
      await tx.execute(sql`declare score_ledger no scroll cursor for ${groupedEntriesQuery({ councilIds }, year, detail)}`);
      for (;;) {
        const rows = await rawRows<PackedRow>(tx, sql.raw(`fetch ${fetch} from score_ledger`));
        if (rows.length > 0) await take(rows.map((r) => ({ councilId: r.council_id, memberId: r.member_id, totals: scoreMemberGroups(unpackRow(r, detail).groups, table) })), tx);
        if (rows.length < fetch) break;
      }
      await tx.execute(sql`close score_ledger`);
    });
  }
}
