import type { DbOrTx } from "@cppcc/db";
import type { DutyEntryGroup, DutyEntryRole, EntryDetail } from "@cppcc/domain";
import { sql, type SQL } from "drizzle-orm";
import { rawRows } from "../rawRows";
import { shanghaiYear } from "./yearBounds";

export type MemberGroups = { councilId: string; memberId: string; groups: DutyEntryGroup[] };

/**
 * The live entries of some councils' year (or of some of their members), grouped by the domain's
 * `scoringKey` for `scoreMemberGroups`: what the table cannot tell apart is dropped in SQL (an
 * unscored kind, a role no clause reads), each entry is packed as a few small numbers, and node
 * counts alike ones; the `oneByOne` kinds stay single with their id and time. One row per member,
 * so a national ledger reaches node as one short row per member instead of every entry, and SQL
 * aggregates by member once, as a plain sum does (grouping by the key in SQL first hashed ≈ 8 keys a
 * member and cost a third more). Kinds and levels travel as their index in `detail`, so no free
 * text is packed.
 */
export async function groupedEntriesOf(db: DbOrTx, scope: GroupScope, year: number, detail: EntryDetail): Promise<MemberGroups[]> {
  if (scope.councilIds.length === 0 || scope.memberIds?.length === 0) return [];
  return (await rawRows<PackedRow>(db, groupedEntriesQuery(scope, year, detail))).map((r) => unpackRow(r, detail));
}

export type GroupScope = { councilIds: readonly string[]; memberIds?: readonly string[] };
export type PackedRow = { council_id: string; member_id: string; groups: string };

/** The query groupedEntriesOf runs, for a caller reading it through a cursor; one PackedRow per member. */
export function groupedEntriesQuery(scope: GroupScope, year: number, detail: EntryDetail): SQL {
  const { from, to } = shanghaiYear(year);
  const has = (list: readonly string[], kind: string) => list.includes(kind);
  const kinds = detail.kinds.length > 0 ? detail.kinds : [""];
  const table = sql.join(
    kinds.map(
      (kind, i) =>
        sql`(${kind}::text, ${i}::int, ${has(detail.role, kind)}::boolean, ${has(detail.signers, kind)}::boolean, ${has(detail.level, kind)}::boolean, ${has(detail.oneByOne, kind)}::boolean)`,
    ),
    sql`, `,
  );
  const levels = sql`array[${sql.join([...detail.levels.map((l) => sql`${l}::text`), sql`null::text`], sql`, `)}]`;
  const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  // One aggregate by member, like a plain sum: each live entry packed as what the table can tell
  // apart (a oneByOne entry with its id and time, so it stays single); node counts alike strings.
  return sql`select l.council_id, l.member_id,
        string_agg(coalesce(p.code::text, '') || ',' || coalesce(case when p.r then l.role end, '') || ','
          || coalesce(case when p.s then l.signers end::text, '') || ',' || coalesce(case when p.v then array_position(${levels}, l.level) end::text, '')
          || case when p.one then ',' || l.id::text || ',' || floor(extract(epoch from l.occurred_at) * 1000)::bigint::text else ',,' end, ';') as groups
      from duty_ledger_live l left join (values ${table}) as p(kind, code, r, s, v, one) on p.kind = l.kind
      where l.council_id in (${list(scope.councilIds)})
        ${scope.memberIds ? sql`and l.member_id in (${list(scope.memberIds)})` : sql``}
        and l.occurred_at >= ${from.toISOString()}::timestamptz and l.occurred_at < ${to.toISOString()}::timestamptz
      group by 1, 2`;
}

export function unpackRow(r: PackedRow, detail: EntryDetail): MemberGroups {
  const counts = new Map<string, number>();
  for (const packed of r.groups.split(";")) counts.set(packed, (counts.get(packed) ?? 0) + 1);
  return { councilId: r.council_id, memberId: r.member_id, groups: [...counts].map(([packed, n]) => unpack(packed, n, detail)) };
}

function unpack(packed: string, n: number, detail: EntryDetail): DutyEntryGroup {
  const [code, role, signers, level, single, firstMs] = packed.split(",") as [string, string, string, string, string, string];
  return {
    kind: code === "" ? "" : detail.kinds[Number(code)]!,
    ...(role !== "" ? { role: role as DutyEntryRole } : {}),
    ...(signers !== "" ? { signers: Number(signers) } : {}),
    ...(level !== "" ? { level: detail.levels[Number(level) - 1]! } : {}),
    count: n,
    // Only single entries need their place in ledger order; other groups tie and never compete with them.
    first: firstMs === "" ? { occurredAt: "", id: "" } : { occurredAt: new Date(Number(firstMs)).toISOString(), id: single },
  };
}
