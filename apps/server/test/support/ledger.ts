import type postgres from "postgres";

export type LedgerEntry = { memberId: string; kind: string };

/**
 * The duty entries a meeting gave its members, as the member's duty record counts them: the live
 * ledger (`duty_ledger_live`: entries not reversed) where it exists, else the older `duty_event`
 * table. An entry may cite the consultation or its own source row (the member's invitation or
 * attendance), so both are matched.
 */
export async function meetingDutyEntries(sql: postgres.Sql, consultationId: string): Promise<LedgerEntry[]> {
  const [{ live }] = await sql<[{ live: boolean }]>`select to_regclass('duty_ledger_live') is not null as live`;
  const table = sql(live ? "duty_ledger_live" : "duty_event");
  return sql<LedgerEntry[]>`
    select member_id as "memberId", kind from ${table}
    where source_id::text = ${consultationId}
       or source_id::text in (select id::text from consultation_invitation where consultation_id = ${consultationId})
       or source_id::text in (select id::text from consultation_attendance where consultation_id = ${consultationId})`;
}

/** Members per kind, sorted, so a test compares whole sets: a missing or doubled entry shows by name. */
export function membersByKind(entries: LedgerEntry[]): Record<string, string[]> {
  const byKind: Record<string, string[]> = {};
  for (const e of entries) (byKind[e.kind] ??= []).push(e.memberId);
  for (const ids of Object.values(byKind)) ids.sort();
  return byKind;
}

/** Entries per kind: the figure a failure shows first, before the members behind it. */
export const countsByKind = (byKind: Record<string, string[]>) => Object.fromEntries(Object.entries(byKind).map(([k, ids]) => [k, ids.length]));
