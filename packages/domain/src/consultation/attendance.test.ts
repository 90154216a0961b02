import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/policy";
import { consultationStates } from "./lifecycle";
import { attendanceCount, markAttendance, type AttendanceRecord } from "./attendance";

const now = new Date("2024-05-20T02:00:00Z");
const admin: Actor = { role: "admin", councilId: "c1" };
const liaison: Actor = { role: "liaison", councilId: "c1", townshipId: "t1" };
const township = { councilId: "c1", townshipId: "t1", state: "scheduled" as const };
const scanned: AttendanceRecord = { memberId: "m1", method: "qrCode", at: now, markedBy: null };

describe("manual attendance", () => {
  it("marks present and absent, and marking what is so changes nothing", () => {
    const added = markAttendance(liaison, township, [scanned], { memberId: "m2", present: true }, now, "acc1");
    expect(added).toEqual({ ok: true, changed: true, value: [scanned, { memberId: "m2", method: "manual", at: now, markedBy: "acc1" }] });
    expect(markAttendance(liaison, township, [scanned], { memberId: "m1", present: true }, now, "acc1")).toEqual({ ok: true, value: [scanned], changed: false });
    expect(markAttendance(liaison, township, [scanned], { memberId: "m1", present: false }, now, "acc1")).toEqual({ ok: true, value: [], changed: true });
    expect(markAttendance(liaison, township, [], { memberId: "m1", present: false }, now, "acc1")).toEqual({ ok: true, value: [], changed: false });
  });

  it("is open while scheduled or just held, in every other state closed", () => {
    for (const state of consultationStates) {
      const r = markAttendance(admin, { ...township, state }, [], { memberId: "m1", present: true }, now, "acc1");
      expect([state, r.ok]).toEqual([state, state === "scheduled" || state === "held"]);
    }
  });

  it("belongs to the organiser of that consultation", () => {
    expect(markAttendance(liaison, { ...township, townshipId: null }, [], { memberId: "m1", present: true }, now, "a")).toMatchObject({ kind: "forbidden" });
    expect(markAttendance(liaison, { ...township, townshipId: "t2" }, [], { memberId: "m1", present: true }, now, "a")).toMatchObject({ kind: "forbidden" });
    expect(markAttendance({ role: "member", councilId: "c1", memberId: "m1" }, township, [], { memberId: "m1", present: true }, now, "a")).toMatchObject({
      reason: "委员无权登记出席",
    });
  });

  it("counts members, not rows", () => {
    expect(attendanceCount([scanned, { ...scanned, method: "manual" }, { ...scanned, memberId: "m2" }])).toBe(2);
  });
});
