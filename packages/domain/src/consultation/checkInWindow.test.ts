import { describe, expect, it } from "vitest";
import { checkInWindow, checkInWindowProblem, isCheckInOpen, meetingDayProblem, shanghaiInstant, shanghaiMoment, type MeetingTime } from "./checkInWindow";

// 3 December at 09:00 Shanghai is 01:00 UTC; check-in opens 30 minutes before.
const meeting: MeetingTime = { plannedDate: "2026-12-03", startTime: "09:00:00" };
const at = (iso: string) => new Date(iso);
const problem = (now: Date, over: Partial<typeof meeting> = {}, state: Parameters<typeof checkInWindowProblem>[0] = "scheduled") =>
  checkInWindowProblem(state, { ...meeting, ...over }, 30, now);

describe("check-in window", () => {
  it("opens N minutes before the start and closes at the end of the Shanghai day", () => {
    expect(checkInWindow(meeting, 30)).toEqual({ opensAt: at("2026-12-03T00:30:00Z"), closesAt: at("2026-12-03T16:00:00Z") });
    expect(shanghaiMoment(at("2026-12-03T00:30:00Z"))).toBe("12月3日 08:30");
  });

  it("is closed the day before, open from the opening minute to the last millisecond of the day", () => {
    const w = checkInWindow(meeting, 30);
    expect(isCheckInOpen(w, at("2026-12-02T09:00:00Z"))).toBe(false);
    expect(isCheckInOpen(w, at("2026-12-03T00:29:59.999Z"))).toBe(false);
    expect(isCheckInOpen(w, at("2026-12-03T00:30:00Z"))).toBe(true);
    expect(isCheckInOpen(w, at("2026-12-03T15:59:59.999Z"))).toBe(true);
    expect(isCheckInOpen(w, at("2026-12-03T16:00:00Z"))).toBe(false);
    expect(isCheckInOpen(null, at("2026-12-03T03:00:00Z"))).toBe(false);
  });

  it("says when it opens and when it closed", () => {
    expect(problem(at("2026-12-02T09:00:00Z"))).toBe("签到将于 12月3日 08:30 开放");
    expect(problem(at("2026-12-03T00:29:00Z"))).toBe("签到将于 12月3日 08:30 开放");
    expect(problem(at("2026-12-03T00:30:00Z"))).toBeNull();
    expect(problem(at("2026-12-03T16:00:00Z"))).toBe("本次协商的签到已于 12月3日 结束，如需补登出席请联系会务人员");
  });

  it("opens at 00:00 of the day when there is no start time, and never the evening before", () => {
    expect(checkInWindow({ plannedDate: "2026-12-03", startTime: null }, 30)?.opensAt).toEqual(at("2026-12-02T16:00:00Z"));
    expect(checkInWindow({ plannedDate: "2026-12-03", startTime: "00:10" }, 30)?.opensAt).toEqual(at("2026-12-02T16:00:00Z"));
    expect(problem(at("2026-12-02T15:59:59Z"), { startTime: null })).toBe("签到将于 12月3日 00:00 开放");
    expect(problem(at("2026-12-02T16:00:00Z"), { startTime: null })).toBeNull();
  });

  it("moves with a postponed meeting's date, and has none while no new date is set", () => {
    // Postponed from 3 to 10 December: the 3rd is now before the window.
    expect(problem(at("2026-12-03T02:00:00Z"), { plannedDate: "2026-12-10" })).toBe("签到将于 12月10日 08:30 开放");
    expect(problem(at("2026-12-10T02:00:00Z"), { plannedDate: "2026-12-10" })).toBeNull();
    expect(problem(at("2026-12-03T02:00:00Z"), { plannedDate: null }, "planned")).toBe("本次协商已延期，新的会议日期尚未确定，暂不能签到");
    expect(problem(at("2026-12-03T02:00:00Z"), { plannedDate: null })).toBe("本次协商尚未确定会议日期，暂不能签到");
  });

  it("is over once the meeting is recorded as held, even on its day", () => {
    expect(problem(at("2026-12-03T02:00:00Z"), {}, "held")).toBe("本次协商已登记为已召开，签到已结束；如需补登出席请联系会务人员");
    expect(problem(at("2026-12-03T02:00:00Z"), {}, "cancelled")).toBe("本次协商当前不在签到时间");
  });

  it("reads Postgres times and refuses nonsense", () => {
    expect(shanghaiInstant("2026-12-03", "14:30:00")).toEqual(at("2026-12-03T06:30:00Z"));
    expect(shanghaiInstant("2026-12-03", "14:30")).toEqual(at("2026-12-03T06:30:00Z"));
    expect(() => shanghaiInstant("2026-12-03", "2pm")).toThrow();
  });
});

describe("what happens at the meeting", () => {
  it("is recorded from the meeting's day on", () => {
    expect(meetingDayProblem("scheduled", meeting, at("2026-12-02T15:59:59Z"), "登记会上发言")).toBe("会议定于 12月3日 09:00 召开，会前不能登记会上发言");
    expect(meetingDayProblem("scheduled", { ...meeting, startTime: null }, at("2026-12-02T09:00:00Z"), "登记意见建议")).toBe(
      "会议定于 12月3日 召开，会前不能登记意见建议",
    );
    expect(meetingDayProblem("scheduled", meeting, at("2026-12-02T16:00:00Z"), "登记会上发言")).toBeNull();
    expect(meetingDayProblem("held", meeting, at("2026-12-05T02:00:00Z"), "登记会上发言")).toBeNull();
  });
});
