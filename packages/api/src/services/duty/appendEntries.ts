import { dutyLedger, type DbOrTx } from "@cppcc/db";
import { sql } from "drizzle-orm";
import { rawRows } from "../rawRows";
import type { MemberEntry } from "./liveEntries";
import { shanghaiYear } from "./yearBounds";

export type MemberYear = { memberId: string; year: number };
export type YearEntries = { year: number; entries: MemberEntry[] };

type Row = { id: string; member_id: string; kind: string; at: string; source_table: string; source_id: string; role: MemberEntry["role"] | null; signers: number | null; level: string | null };

/**
 * Appends rows to the ledger and answers, in the same statement, the live entries of the changed
 * members' years as they stand after the append: what was live before, less what a new reversal
 * cancels, plus the new entries. One round trip where an insert followed by a read takes two; the
 * statement's snapshot does not see its own insert, so the new rows come from its RETURNING.
 */
export async function appendAndReadLive(
  tx: DbOrTx,
  councilId: string,
  appends: readonly (typeof dutyLedger.$inferInsert)[],
  changed: readonly MemberYear[],
): Promise<YearEntries[]> {
  const years = new Map<number, Set<string>>();
  for (const c of changed) years.set(c.year, (years.get(c.year) ?? new Set()).add(c.memberId));
  const inYears = (alias: string) =>
    sql.join(
      [...years].map(([year, members]) => {
        const { from, to } = shanghaiYear(year);
        return sql`(${sql.raw(alias)}.member_id in (${sql.join([...members].map((m) => sql`${m}::uuid`), sql`, `)}) and ${sql.raw(alias)}.occurred_at >= ${from.toISOString()}::timestamptz and ${sql.raw(alias)}.occurred_at < ${to.toISOString()}::timestamptz)`;
      }),
      sql` or `,
    );
  // toISOString's form, so entries read here equal liveEntriesOf's on either driver.
  const columns = (alias: string) =>
    sql.raw(`${alias}.id, ${alias}.member_id, ${alias}.kind, to_char(${alias}.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, ${alias}.source_table, ${alias}.source_id, ${alias}.role, ${alias}.signers, ${alias}.level`);
  const rows = await rawRows<Row>(
    tx,
    // drizzle wraps an embedded query in parentheses, which the CTE wants.
    sql`with ins as ${tx.insert(dutyLedger).values([...appends]).returning()}
      select ${columns("l")} from duty_ledger_live l
        where l.council_id = ${councilId}::uuid and (${inYears("l")})
          and not exists (select 1 from ins where ins.reverses_id = l.id)
      union all
      select ${columns("ins")} from ins where ins.reverses_id is null and (${inYears("ins")})`,
  );
  const entries = rows.map(
    (r): MemberEntry => ({
      id: r.id,
      memberId: r.member_id,
      kind: r.kind,
      occurredAt: r.at,
      source: { table: r.source_table, id: r.source_id },
      ...(r.role ? { role: r.role } : {}),
      ...(r.signers != null ? { signers: r.signers } : {}),
      ...(r.level ? { level: r.level } : {}),
    }),
  );
  return [...years.keys()].map((year) => {
    const { from, to } = shanghaiYear(year);
    return { year, entries: entries.filter((e) => e.occurredAt >= from.toISOString() && e.occurredAt < to.toISOString()) };
  });
}
