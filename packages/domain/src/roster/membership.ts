import { RuleViolation } from "../errors";
import type { IsoDate } from "./fields";

/**
 * A member's place in a sector, a committee or a township group, with the days it held.
 * Rows are closed, never deleted or rewritten, so a member who moves committee or withdraws
 * keeps an intact history, and whatever was recorded under the old committee stays there.
 *
 * `endDate` is exclusive — the first day the membership no longer holds — so closing one row
 * and opening the next on the same day leaves neither a gap nor an overlap.
 */
export const membershipKinds = ["sector", "committee", "townshipGroup"] as const;
export type MembershipKind = (typeof membershipKinds)[number];
export const membershipKindLabels: Record<MembershipKind, string> = {
  sector: "界别",
  committee: "专委会",
  townshipGroup: "委员小组",
};

export type Membership = {
  id: string;
  memberId: string;
  kind: MembershipKind;
  targetId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
};
export type NewMembership = Omit<Membership, "id">;
type Row = Omit<Membership, "id">;

export function isMembershipCurrent(row: Pick<Row, "startDate" | "endDate">, on: IsoDate): boolean {
  return row.startDate <= on && (row.endDate === null || on < row.endDate);
}

/** The rows that hold on a day. */
export function currentMemberships<T extends Row>(rows: readonly T[], on: IsoDate): T[] {
  return rows.filter((r) => isMembershipCurrent(r, on));
}

/** What a member belongs to on a day, each kind as a list so that none or two show up as such. */
export type MemberPlaces = { sectorIds: string[]; committeeIds: string[]; townshipGroupIds: string[] };

export function assignmentOn(rows: readonly Row[], memberId: string, on: IsoDate): MemberPlaces {
  const current = rows.filter((r) => r.memberId === memberId && isMembershipCurrent(r, on));
  const of = (kind: MembershipKind) => current.filter((r) => r.kind === kind).map((r) => r.targetId);
  return { sectorIds: of("sector"), committeeIds: of("committee"), townshipGroupIds: of("townshipGroup") };
}

/** The rows to insert for a new member. */
export function openMemberships(
  memberId: string,
  places: { sectorId: string; committeeIds: readonly string[]; townshipGroupId: string },
  on: IsoDate,
): NewMembership[] {
  const open = (kind: MembershipKind, targetId: string): NewMembership => ({ memberId, kind, targetId, startDate: on, endDate: null });
  return [
    open("sector", places.sectorId),
    ...[...new Set(places.committeeIds)].map((c) => open("committee", c)),
    open("townshipGroup", places.townshipGroupId),
  ];
}

/** Rows to update (closed on the day) and rows to insert; nothing is deleted. */
export type MembershipChanges<T extends Row> = { close: T[]; open: NewMembership[] };

function closeOn<T extends Row>(row: T, on: IsoDate): T {
  if (on < row.startDate) {
    throw new RuleViolation(
      `变动日期 ${on} 早于该委员加入此${membershipKindLabels[row.kind]}的日期 ${row.startDate}，请选择 ${row.startDate} 或之后的日期`,
    );
  }
  return { ...row, endDate: on };
}

/**
 * What changes when a member's places of one kind become `targetIds` from `on`: the current
 * rows that are no longer wanted are closed, the new places opened, unchanged ones left alone.
 */
export function membershipChanges<T extends Row>(
  rows: readonly T[],
  memberId: string,
  kind: MembershipKind,
  targetIds: readonly string[],
  on: IsoDate,
): MembershipChanges<T> {
  const current = rows.filter((r) => r.memberId === memberId && r.kind === kind && isMembershipCurrent(r, on));
  const wanted = new Set(targetIds);
  const held = new Set(current.map((r) => r.targetId));
  return {
    close: current.filter((r) => !wanted.has(r.targetId)).map((r) => closeOn(r, on)),
    open: [...wanted].filter((t) => !held.has(t)).map((targetId) => ({ memberId, kind, targetId, startDate: on, endDate: null })),
  };
}

/** 调整专委会: leave one committee and join another on a day; other committees are kept. */
export function moveCommittee<T extends Row>(
  rows: readonly T[],
  memberId: string,
  fromCommitteeId: string,
  toCommitteeId: string,
  on: IsoDate,
): MembershipChanges<T> {
  const held = assignmentOn(rows, memberId, on).committeeIds;
  if (!held.includes(fromCommitteeId)) throw new RuleViolation(`该委员在 ${on} 不在原专委会中，请刷新后重新选择要调出的专委会`);
  const next = [...held.filter((c) => c !== fromCommitteeId), toCommitteeId];
  return membershipChanges(rows, memberId, "committee", next, on);
}

/** 退出: every membership still open on the day closes on it. */
export function withdrawalChanges<T extends Row>(rows: readonly T[], memberId: string, on: IsoDate): T[] {
  return rows.filter((r) => r.memberId === memberId && (r.endDate === null || r.endDate > on)).map((r) => closeOn(r, on));
}
