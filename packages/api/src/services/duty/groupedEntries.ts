import { dutyLedgerLive, type DbOrTx } from "@cppcc/db";
import type { DutyEntryGroup } from "@cppcc/domain";
import { and, asc, gte, inArray, lt, sql } from "drizzle-orm";
import { shanghaiYear } from "./yearBounds";

export type MemberGroups = { councilId: string; memberId: string; groups: DutyEntryGroup[] };

/**
 * The live entries of some councils' year (or of some of their members), counted alike for
 * `scoreMemberGroups` and returned member by member. Entries of `oneByOne` kinds (the table's
 * orderSensitiveKinds) stay single, each with its own id and time. Postgres does the counting, so a
 * national ledger reaches node as a few groups per member instead of every row.
 */
export async function groupedEntriesOf(
  db: DbOrTx,
  scope: { councilIds: readonly string[]; memberIds?: readonly string[] },
  year: number,
  oneByOne: readonly string[],
): Promise<MemberGroups[]> {
  if (scope.councilIds.length === 0 || scope.memberIds?.length === 0) return [];
  const { from, to } = shanghaiYear(year);
  const l = dutyLedgerLive;
  const single = oneByOne.length > 0 ? sql<string | null>`case when ${inArray(l.kind, [...oneByOne])} then ${l.id} end` : sql<string | null>`null::uuid`;
  const rows = await db
    .select({
      councilId: l.councilId,
      memberId: l.memberId,
      kind: l.kind,
      role: l.role,
      signers: l.signers,
      level: l.level,
      single,
      count: sql<number>`count(*)::int`.mapWith(Number),
      firstAt: sql<Date>`min(${l.occurredAt})`.mapWith(l.occurredAt),
    })
    .from(l)
    .where(
      and(
        inArray(l.councilId, [...scope.councilIds]),
        scope.memberIds ? inArray(l.memberId, [...scope.memberIds]) : undefined,
        gte(l.occurredAt, from),
        lt(l.occurredAt, to),
      ),
    )
    .groupBy(l.councilId, l.memberId, l.kind, l.role, l.signers, l.level, single)
    .orderBy(asc(l.councilId), asc(l.memberId));
  const members: MemberGroups[] = [];
  let current: MemberGroups | undefined;
  for (const r of rows) {
    if (current?.memberId !== r.memberId || current.councilId !== r.councilId) members.push((current = { councilId: r.councilId, memberId: r.memberId, groups: [] }));
    current.groups.push({
      kind: r.kind,
      ...(r.role ? { role: r.role } : {}),
      ...(r.signers != null ? { signers: r.signers } : {}),
      ...(r.level ? { level: r.level } : {}),
      count: r.count,
      first: { occurredAt: r.firstAt.toISOString(), id: r.single ?? "" },
    });
  }
  return members;
}
