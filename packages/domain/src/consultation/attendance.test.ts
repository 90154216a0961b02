import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/policy";
import { consultationStates, type ConsultationState } from "./lifecycle";
import { attendanceCount, attendanceOpen, markAttendance, type AttendanceRecord } from "./attendance";

const now = new Date("2024-05-20T02:00:00Z");
const admin: Actor = { role: "admin", councilId: "c1" };
const liaison: Actor = { role: "liaison", councilId: "c1", townshipId: "t1" };
// The meeting is on 20 May at 09:30 Shanghai time; `now` is 10:00 that day.
const township: { councilId: string; townshipId: string | null; state: ConsultationState; plannedDate: string | null; startTime: string | null } = {
  councilId: "c1",
  townshipId: "t1",
  state: "scheduled",
  plannedDate: "2024-05-20",
  startTime: "09:30:00",
};
const scanned: AttendanceRecord = { memberId: "m1", method: "qrCode", at: now, markedBy: null };

describe("manual attendance", () => {
  it("marks present and absent, and marking what is so changes nothing", () => {
    const added = markAttendance(liaison, township, 30, [scanned], { memberId: "m2", present: true }, now, "acc1");
    expect(added).toEqual({ ok: true, changed: true, state: [scanned, { memberId: "m2", method: "manual", at: now, markedBy: "acc1" }] });
    expect(markAttendance(liaison, township, 30, [scanned], { memberId: "m1", present: true }, now, "acc1")).toEqual({ ok: true, state: [scanned], changed: false });
    expect(markAttendance(liaison, township, 30, [scanned], { memberId: "m1", present: false }, now, "acc1")).toEqual({ ok: true, state: [], changed: true });
    expect(markAttendance(liaison, township, 30, [], { memberId: "m1", present: false }, now, "acc1")).toEqual({ ok: true, state: [], changed: false });
  });

  it("is open while scheduled or just held, in every other state closed", () => {
    for (const state of consultationStates) {
      const r = markAttendance(admin, { ...township, state }, 30, [], { memberId: "m1", present: true }, now, "acc1");
      expect([state, r.ok]).toEqual([state, state === "scheduled" || state === "held"]);
    }
  });

  it("marks present only once check-in has opened, and afterwards without end", () => {
    const at = (iso: string) => new Date(iso);
    const mark = (when: Date, over: Partial<typeof township> = {}) => {
      const r = markAttendance(admin, { ...township, ...over }, 30, [], { memberId: "m1", present: true }, when, "acc1");
      return r.ok ? "ok" : r.refusals.map((x) => x.message).join("；");
    };
    expect(mark(at("2024-05-19T12:00:00Z"))).toBe("签到将于 5月20日 09:00 开放，会前不能登记出席");
    expect(mark(at("2024-05-20T00:59:59Z"))).toBe("签到将于 5月20日 09:00 开放，会前不能登记出席");
    expect(mark(at("2024-05-20T01:00:00Z"))).toBe("ok");
    // the evening after, or days later while recording it as held: the paper sheet is reconciled
    expect(mark(at("2024-05-22T01:00:00Z"))).toBe("ok");
    expect(mark(at("2024-05-25T01:00:00Z"), { state: "held" })).toBe("ok");
    expect(mark(at("2024-05-19T12:00:00Z"), { plannedDate: null })).toBe("本次协商尚未确定会议日期，不能登记出席");
    // removing a mark is a correction, never early
    expect(markAttendance(admin, township, 30, [scanned], { memberId: "m1", present: false }, at("2024-05-19T12:00:00Z"), "a").ok).toBe(true);
  });

  it("belongs to the organiser of that consultation", () => {
    expect(markAttendance(liaison, { ...township, townshipId: null }, 30, [], { memberId: "m1", present: true }, now, "a")).toMatchObject({ ok: false, refusals: [{ kind: "forbidden" }] });
    expect(markAttendance(liaison, { ...township, townshipId: "t2" }, 30, [], { memberId: "m1", present: true }, now, "a")).toMatchObject({ ok: false, refusals: [{ kind: "forbidden" }] });
    expect(markAttendance({ role: "member", councilId: "c1", memberId: "m1" }, township, 30, [], { memberId: "m1", present: true }, now, "a")).toMatchObject({ ok: false, refusals: [{ message: "委员无权登记出席" }] });
  });

  it("counts members, not rows", () => {
    expect(attendanceCount([scanned, { ...scanned, method: "manual" }, { ...scanned, memberId: "m2" }])).toBe(2);
  });
});

describe("attendance open", () => {
  it("takes hand marks, suggestions and speeches from scheduling until the meeting is past held", () => {
    expect(consultationStates.filter(attendanceOpen)).toEqual(["scheduled", "held"]);
  });
});
