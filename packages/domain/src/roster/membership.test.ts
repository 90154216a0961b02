import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RuleViolation } from "../errors";
import {
  assignmentOn,
  currentMemberships,
  isMembershipCurrent,
  membershipChanges,
  moveCommittee,
  openMemberships,
  withdrawalChanges,
  type Membership,
} from "./membership";

const row = (id: string, kind: Membership["kind"], targetId: string, startDate: string, endDate: string | null = null): Membership => ({
  id,
  memberId: "m1",
  kind,
  targetId,
  startDate,
  endDate,
});

const rows = [
  row("r1", "sector", "s1", "2022-01-05"),
  row("r2", "committee", "c1", "2022-01-05"),
  row("r3", "committee", "c2", "2022-01-05", "2023-06-01"),
  row("r4", "committee", "c3", "2023-06-01"),
  row("r5", "townshipGroup", "g1", "2022-01-05"),
];

describe("membership", () => {
  it("treats the end date as the first day it no longer holds", () => {
    expect(isMembershipCurrent(rows[2]!, "2023-05-31")).toBe(true);
    expect(isMembershipCurrent(rows[2]!, "2023-06-01")).toBe(false);
    expect(isMembershipCurrent(rows[3]!, "2023-06-01")).toBe(true);
    expect(isMembershipCurrent(rows[0]!, "2022-01-04")).toBe(false);
  });

  it("says which rows are current on a day", () => {
    expect(currentMemberships(rows, "2023-01-01").map((r) => r.id)).toEqual(["r1", "r2", "r3", "r5"]);
    expect(assignmentOn(rows, "m1", "2024-01-01")).toEqual({ sectorIds: ["s1"], committeeIds: ["c1", "c3"], townshipGroupIds: ["g1"] });
    expect(assignmentOn(rows, "m2", "2024-01-01")).toEqual({ sectorIds: [], committeeIds: [], townshipGroupIds: [] });
  });

  it("opens a new member's places", () => {
    expect(openMemberships("m9", { sectorId: "s1", committeeIds: ["c1", "c1", "c2"], townshipGroupId: "g1" }, "2022-01-05")).toHaveLength(4);
  });

  it("moves a committee by closing the old row and opening a new one", () => {
    const changes = moveCommittee(rows, "m1", "c1", "c4", "2024-03-01");
    expect(changes.close).toEqual([{ ...rows[1], endDate: "2024-03-01" }]);
    expect(changes.open).toEqual([{ memberId: "m1", kind: "committee", targetId: "c4", startDate: "2024-03-01", endDate: null }]);
  });

  it("refuses a move from a committee the member is not in, or before they joined it", () => {
    expect(() => moveCommittee(rows, "m1", "c2", "c4", "2024-03-01")).toThrow(RuleViolation);
    expect(() => moveCommittee(rows, "m1", "c3", "c4", "2023-06-01")).not.toThrow();
    expect(() => withdrawalChanges([row("x", "committee", "c1", "2024-01-01")], "m1", "2023-12-31")).toThrow(/早于该委员加入此专委会/);
  });

  it("leaves unchanged places alone", () => {
    expect(membershipChanges(rows, "m1", "committee", ["c1", "c3"], "2024-03-01")).toEqual({ close: [], open: [] });
  });

  it("closes every open membership on withdrawal and keeps the closed ones as they are", () => {
    const closed = withdrawalChanges(rows, "m1", "2024-06-15");
    expect(closed.map((r) => r.id)).toEqual(["r1", "r2", "r4", "r5"]);
    expect(closed.every((r) => r.endDate === "2024-06-15")).toBe(true);
  });

  it("never loses history: after any change, the past is what it was", () => {
    const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2022, 0, 5 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.subarray(["c1", "c2", "c3", "c4", "c5"], { minLength: 1 }), day, day, (targets, on, before) => {
        fc.pre(before < on && on >= "2023-06-01");
        const { close, open } = membershipChanges(rows, "m1", "committee", targets, on);
        const closedIds = new Set(close.map((r) => r.id));
        const after = [...rows.filter((r) => !closedIds.has(r.id)), ...close, ...open.map((o, i) => ({ ...o, id: `n${i}` }))];
        const sorted = (a: ReturnType<typeof assignmentOn>) => Object.values(a).map((ids: string[]) => [...ids].sort());
        expect(sorted(assignmentOn(after, "m1", before))).toEqual(sorted(assignmentOn(rows, "m1", before)));
        expect(new Set(assignmentOn(after, "m1", on).committeeIds)).toEqual(new Set(targets));
      }),
    );
  });
});
