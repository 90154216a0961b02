import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/policy";
import type { AttendanceRecord } from "./attendance";
import { attendanceCount } from "./attendance";
import { checkInTokenInput, isCheckInCodeValid, issueCheckInCode, checkInCodeRefreshAt, pinCheckIn, scanCheckIn, type CheckInFacts } from "./checkIn";

const token = "Q2hlY2staW4tdG9rZW4tZm9yLXRlc3Rz";
// 09:00 Shanghai on the meeting's day (it starts at 09:30; check-in opened at 09:00).
const t0 = new Date("2024-05-20T01:00:00Z");
const later = (s: number) => new Date(t0.getTime() + s * 1000);
const code = issueCheckInCode("k1", token, t0, 60);
const member: Actor = { role: "member", councilId: "c1", memberId: "m1" };
const facts = (over: Partial<CheckInFacts> = {}): CheckInFacts => ({
  councilId: "c1",
  code,
  consultationState: "scheduled",
  meeting: { plannedDate: "2024-05-20", startTime: "09:30:00" },
  opensMinutesBefore: 30,
  invitationState: "accepted",
  attendance: [],
  ...over,
});

describe("check-in code", () => {
  it("is valid from issue until its expiry, not after", () => {
    expect(isCheckInCodeValid(code, t0)).toBe(true);
    expect(isCheckInCodeValid(code, later(59.999))).toBe(true);
    expect(isCheckInCodeValid(code, later(60))).toBe(false);
    expect(isCheckInCodeValid(code, later(-1))).toBe(false);
  });

  it("asks the screen to refresh before expiry", () => {
    expect(checkInCodeRefreshAt(code)).toEqual(later(50));
    expect(checkInCodeRefreshAt(issueCheckInCode("k1", token, t0, 5))).toEqual(t0);
  });

  it("refuses a short or odd token", () => {
    expect(() => issueCheckInCode("k1", "123456", t0, 60)).toThrow();
    expect(checkInTokenInput.safeParse("abc").error?.issues[0]?.message).toBe("签到码无效，请重新扫码");
    expect(checkInTokenInput.safeParse(token).success).toBe(true);
  });
});

describe("scanning", () => {
  it("adds the member once; a second scan succeeds without change", () => {
    const first = scanCheckIn(member, facts(), later(5));
    expect(first).toMatchObject({ ok: true, changed: true });
    const attendance = first.ok ? first.state : [];
    expect(attendance).toEqual([{ memberId: "m1", method: "qrCode", at: later(5), markedBy: null }]);
    // even after the code has rotated
    expect(scanCheckIn(member, facts({ attendance, code: null }), later(500))).toEqual({ ok: true, state: attendance, changed: false });
  });

  it("counts each member once however often they scan", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ memberId: fc.constantFrom("m1", "m2", "m3"), second: fc.nat(59) })), (scans) => {
        let attendance: AttendanceRecord[] = [];
        for (const s of scans) {
          const r = scanCheckIn({ role: "member", councilId: "c1", memberId: s.memberId }, facts({ attendance }), later(s.second));
          expect(r.ok).toBe(true);
          if (r.ok) attendance = r.state;
        }
        expect(attendance.length).toBe(new Set(scans.map((s) => s.memberId)).size);
        expect(attendanceCount(attendance)).toBe(attendance.length);
      }),
    );
  });

  it("explains every refusal", () => {
    const reason = (f: CheckInFacts, now = later(5), actor = member) => {
      const r = scanCheckIn(actor, f, now);
      return r.ok ? "ok" : r.refusals.map((x) => x.message).join("；");
    };
    expect(reason(facts({ code: null }))).toBe("签到码无效，请重新扫码");
    expect(reason(facts(), later(61))).toBe("签到码已过期，请扫描屏幕上最新的二维码");
    expect(reason(facts({ consultationState: "held" }))).toBe("本次协商已登记为已召开，签到已结束；如需补登出席请联系会务人员");
    // a code shown the day before (or a screenshot of it) does not check anyone in early
    const dayBefore = issueCheckInCode("k1", token, new Date("2024-05-19T02:00:00Z"), 60);
    expect(reason(facts({ code: dayBefore }), new Date("2024-05-19T02:00:05Z"))).toBe("签到将于 5月20日 09:00 开放");
    expect(reason(facts({ invitationState: null }))).toBe("您不在本次协商的邀请名单中，请联系会务人员登记");
    expect(reason(facts({ invitationState: "withdrawn" }))).toBe("您不在本次协商的邀请名单中，请联系会务人员登记");
    // a member on approved leave who comes after all is welcome
    expect(reason(facts({ invitationState: "leaveApproved" }))).toBe("ok");
    expect(reason(facts(), later(5), { role: "admin", councilId: "c1" })).toBe("只有委员本人可以扫码签到；会务人员请使用手工登记出席");
    expect(reason(facts(), later(5), { role: "handler", councilId: "c1", memberId: "m1" })).toBe("承办单位无权扫码签到");
    expect(reason(facts({ councilId: "c2" }))).toBe("不能办理其他政协委员会的事项");
  });
});

describe("typed code", () => {
  const { code: _c, ...pinFacts } = facts();
  it("admits an invited member inside the window, once", () => {
    const first = pinCheckIn(member, pinFacts, later(5));
    expect(first).toEqual({ ok: true, changed: true, state: [{ memberId: "m1", method: "code", at: later(5), markedBy: null }] });
    const attendance = first.ok ? first.state : [];
    expect(pinCheckIn(member, { ...pinFacts, attendance }, later(50))).toMatchObject({ ok: true, changed: false });
  });

  it("obeys the same window and invitation as a scan", () => {
    const reason = (r: ReturnType<typeof pinCheckIn>) => (r.ok ? "ok" : r.refusals.map((x) => x.message).join("；"));
    expect(reason(pinCheckIn(member, pinFacts, new Date("2024-05-20T00:59:59Z")))).toBe("签到将于 5月20日 09:00 开放");
    expect(reason(pinCheckIn(member, pinFacts, new Date("2024-05-20T16:00:00Z")))).toBe("本次协商的签到已于 5月20日 结束，如需补登出席请联系会务人员");
    expect(reason(pinCheckIn(member, { ...pinFacts, invitationState: "withdrawn" }, later(5)))).toBe("您不在本次协商的邀请名单中，请联系会务人员登记");
    expect(reason(pinCheckIn({ role: "admin", councilId: "c1" }, pinFacts, later(5)))).toBe("只有委员本人可以输入签到码签到；会务人员请使用手工登记出席");
  });
});
