import type postgres from "postgres";

export type LedgerScale = { councils: number; members: number; entries: number; year: number };

/** 650,000 members in 3,000 councils with 20,000,000 entries a year at scale 1. */
export function ledgerScale(scale: number, year: number): LedgerScale {
  const members = Math.max(10, Math.round(650_000 * scale));
  return { councils: Math.max(1, Math.round(3000 * scale)), members, entries: Math.max(members, Math.round(20_000_000 * scale)), year };
}

// What a year of a member's record looks like: meetings and consultations mostly, then speeches,
// suggestions, study; proposals with their roles and signers; opinion reports adopted by level; a
// few absences. Weights are entries per member per year (≈ 31 in all).
const kinds: { kind: string; weight: number; role?: "lead" | "cosigner"; levels?: boolean }[] = [
  { kind: "consultationAttendance", weight: 8 },
  { kind: "consultationLeave", weight: 1 },
  { kind: "consultationAbsence", weight: 0.5 },
  { kind: "speech", weight: 3 },
  { kind: "suggestion", weight: 4 },
  { kind: "study", weight: 4 },
  { kind: "plenaryAttendance", weight: 1 },
  { kind: "plenaryLeave", weight: 0.1 },
  { kind: "plenaryAbsence", weight: 0.05 },
  { kind: "plenaryWrittenSpeech", weight: 0.3 },
  { kind: "standingMeetingAttendance", weight: 1 },
  { kind: "proposalSubmitted", weight: 1.5, role: "lead" },
  { kind: "proposalSubmitted", weight: 1, role: "cosigner" },
  { kind: "proposalFiledAsLead", weight: 1, role: "lead" },
  { kind: "proposalFiledAsCosigner", weight: 0.8, role: "cosigner" },
  { kind: "keyProposal", weight: 0.1, role: "lead" },
  { kind: "opinionReportSubmitted", weight: 1.5 },
  { kind: "opinionReportAdopted", weight: 0.4, levels: true },
  { kind: "inspection", weight: 0.8 },
  { kind: "research", weight: 0.8 },
  { kind: "publicWelfare", weight: 1.2 },
];

/**
 * Fills a migrated database in Postgres itself (generate_series), council by council and member by
 * member, so the heap is in the order a council's members were recorded; the ledger's indexes and
 * keys are dropped while loading and rebuilt after, as a bulk load would. One entry in a thousand
 * is reversed, so the live view has corrections to leave out.
 */
export async function generateLedger(sql: postgres.Sql, s: LedgerScale, chunks = 20): Promise<void> {
  await sql`insert into council (id, name, level, rule_set)
    select md5('council' || c)::uuid, '基准政协' || c, 'county', '{}'::jsonb from generate_series(0, ${s.councils - 1}) c`;
  const total = kinds.reduce((a, k) => a + k.weight, 0);
  let at = 0;
  const bounds = kinds.map((k) => ({ ...k, upto: (at += k.weight / total) }));
  const kindCase = bounds.map((b, i) => `when r < ${b.upto} then ${i}`).join(" ");
  const kindArr = `array[${bounds.map((b) => `'${b.kind}'`).join(",")}]::text[]`;
  const roleArr = `array[${bounds.map((b) => (b.role ? `'${b.role}'` : "null")).join(",")}]::text[]`;
  const levelArr = `array[${bounds.map((b) => (b.levels ? "true" : "false")).join(",")}]::boolean[]`;

  const saved = await sql<{ name: string; def: string; kind: string }[]>`
    select conname as name, pg_get_constraintdef(oid) as def, contype::text as kind from pg_constraint
    where conrelid = 'duty_ledger'::regclass and contype in ('p', 'f') and conname <> 'duty_ledger_council_id_council_id_fk'`;
  const indexes = await sql<{ name: string; def: string }[]>`
    select indexname as name, indexdef as def from pg_indexes where tablename = 'duty_ledger' and indexname not in (select conname from pg_constraint where conrelid = 'duty_ledger'::regclass)`;
  for (const c of saved.filter((c) => c.kind === "f")) await sql.unsafe(`alter table duty_ledger drop constraint ${c.name}`);
  for (const c of saved.filter((c) => c.kind === "p")) await sql.unsafe(`alter table duty_ledger drop constraint ${c.name}`);
  for (const i of indexes) await sql.unsafe(`drop index ${i.name}`);

  const perChunk = Math.ceil(s.entries / chunks);
  for (let from = 0; from < s.entries; from += perChunk) {
    const to = Math.min(s.entries, from + perChunk) - 1;
    // Entry g belongs to member floor(g × members / entries), member m to council floor(m × councils / members).
    await sql.unsafe(`
      insert into duty_ledger (council_id, id, member_id, kind, occurred_at, source_table, source_id, recorded_at, role, signers, level)
      select md5('council' || (m * ${s.councils}::bigint / ${s.members}))::uuid, gen_random_uuid(), md5('member' || m)::uuid,
        (${kindArr})[k + 1], at, 'bench_source', g::text, at, (${roleArr})[k + 1],
        case when (${roleArr})[k + 1] is null then null else 1 + (g % 3)::int end,
        case when (${levelArr})[k + 1] then (array['city','province','national'])[1 + (g % 3)::int] end
      from (
        select g, (g * ${s.members}::bigint / ${s.entries}) as m,
          case ${kindCase} else ${bounds.length - 1} end as k,
          timestamptz '${s.year}-01-01 00:00:00+08' + ((hashint8(g) & 2147483647) % 31449600) * interval '1 second' as at
        from (select g, (hashint8(g * 7 + 1) & 2147483647)::float8 / 2147483648 as r from generate_series(${from}::bigint, ${to}::bigint) g) x
      ) y`);
  }
  for (const c of saved.filter((c) => c.kind === "p")) await sql.unsafe(`alter table duty_ledger add constraint ${c.name} ${c.def}`);
  for (const i of indexes) await sql.unsafe(i.def);
  for (const c of saved.filter((c) => c.kind === "f")) await sql.unsafe(`alter table duty_ledger add constraint ${c.name} ${c.def}`);
  await sql`insert into duty_ledger (council_id, member_id, kind, occurred_at, source_table, source_id, recorded_at, reverses_id)
    select council_id, member_id, kind, occurred_at, source_table, source_id, occurred_at, id from duty_ledger
    where reverses_id is null and (hashtext(id::text) & 1023) = 0`;
  await sql`vacuum (analyze) duty_ledger`;
}
