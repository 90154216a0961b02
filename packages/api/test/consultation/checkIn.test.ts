import { checkInFailure, consultation, consultationAttendance, consultationCheckInPin, dutyLedgerLive } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkInPinHash } from "../../src/services/consultation/attendance/pin";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, errorOf, loginAsNew, residentTopic, townshipId, townshipMembers } from "./fixtures";

/**
 * Check-in on the meeting's day: a 民生议事堂 on Monday 10 March 2025 starting at 09:30, so
 * check-in opens at 09:00 Shanghai (01:00 UTC) and closes at midnight (16:00 UTC). The clock is
 * set to moments around those edges.
 */
const day = "2025-03-10";
const dayBefore = "2025-03-09T02:00:00Z";
const justBefore = "2025-03-10T00:59:00Z";
const opening = "2025-03-10T01:00:00Z";
const inside = "2025-03-10T03:00:00Z";
const nextDay = "2025-03-10T16:00:00Z";

let api: TestApi;
let liaison: Caller;
let member: Caller;
let me: string;
let danghu: string;
let others: string[];
let n = 0;
beforeAll(async () => {
  api = await createTestApi();
  liaison = (await api.loginAs("liaison")).caller;
  member = (await api.loginAs("member")).caller;
  me = await demoMemberId(api);
  danghu = await townshipId(api, "当湖街道");
  others = await townshipMembers(api, "当湖街道", me);
});
beforeEach(() => api.clock.reset());
afterAll(() => api?.close());

/** A deliberation on `day` at 09:30, scheduled the day before, with the demo member among those invited. */
async function meeting(): Promise<string> {
  n++;
  api.clock.set(dayBefore);
  await api.caller(undefined, `192.0.2.${n}`).consultation.publicTopic.submit(residentTopic(danghu, n));
  const t = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!;
  await liaison.consultation.residentTopic.moderate({ id: t.id, version: t.version, type: "accept" });
  const { consultation: c } = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [t.id], title: `第${n}次签到测试议事会`, plannedDate: day });
  // The start time's form belongs to another change; the column is what the window reads.
  await api.db.db.update(consultation).set({ startTime: "09:30" }).where(eq(consultation.id, c.id));
  return c.id;
}

const otherMember = (i: number, ip?: string) => loginAsNew(api, "member", { memberId: others[i]! }, ip);
const attendanceOf = (id: string) => api.db.db.select().from(consultationAttendance).where(eq(consultationAttendance.consultationId, id));

describe("scanning the QR code", () => {
  it("is refused before the window, taken inside it, refused after the day", async () => {
    const id = await meeting();
    const scanAt = async (at: string, who: Caller) => {
      api.clock.set(at);
      const { token } = await liaison.consultation.checkIn.issueCode({ consultationId: id });
      return who.consultation.checkIn.scan({ token });
    };
    expect((await errorOf(scanAt(dayBefore, member))).message).toBe("签到将于 3月10日 09:00 开放");
    expect((await errorOf(scanAt(justBefore, member))).message).toBe("签到将于 3月10日 09:00 开放");
    expect(await attendanceOf(id)).toEqual([]);
    expect(await scanAt(opening, member)).toMatchObject({ consultationId: id, alreadyCheckedIn: false });
    const late = await otherMember(0);
    expect((await errorOf(scanAt(nextDay, late))).message).toBe("本次协商的签到已于 3月10日 结束，如需补登出席请联系会务人员");
    expect((await attendanceOf(id)).map((a) => a.memberId)).toEqual([me]);
  });

  it("follows a postponed meeting to its new day", async () => {
    const id = await meeting();
    api.clock.set(dayBefore);
    const { version } = await liaison.consultation.get({ id });
    await liaison.consultation.transition({ id, version, event: { type: "postpone", date: "2025-03-12", reason: "场地检修" } });
    api.clock.set(inside);
    const { token } = await liaison.consultation.checkIn.issueCode({ consultationId: id });
    expect((await errorOf(member.consultation.checkIn.scan({ token }))).message).toBe("签到将于 3月12日 09:00 开放");
  });
});

describe("the typed 6-digit code", () => {
  it("is issued ahead, opens with the window, checks in once, and stops working when regenerated", async () => {
    const id = await meeting();
    api.clock.set(dayBefore);
    const first = await liaison.consultation.checkIn.issuePin({ consultationId: id });
    expect(first.pin).toMatch(/^\d{6}$/);
    expect(first.window).toEqual({ opensAt: new Date(opening), closesAt: new Date(nextDay) });
    // Only the digest is kept, and the audit row does not carry the code.
    const [stored] = await api.db.db.select().from(consultationCheckInPin).where(eq(consultationCheckInPin.consultationId, id));
    expect(stored!.pinHash).toBe(checkInPinHash(id, first.pin));
    expect(JSON.stringify(stored)).not.toContain(first.pin);

    // Before the window: told when it opens, and not counted as a wrong guess.
    expect((await errorOf(member.consultation.checkIn.enterPin({ pin: first.pin }))).message).toMatch(/^「第\d+次签到测试议事会」签到将于 3月10日 09:00 开放$/);
    api.clock.set(justBefore);
    expect((await errorOf(member.consultation.checkIn.enterPin({ pin: first.pin }))).message).toBe("签到将于 3月10日 09:00 开放");
    expect(await api.db.db.select().from(checkInFailure)).toEqual([]);

    api.clock.set(inside);
    const typedWrong = String((Number(first.pin) + 1) % 1_000_000).padStart(6, "0");
    expect((await errorOf(member.consultation.checkIn.enterPin({ pin: typedWrong }))).message).toBe(
      "签到码不正确，请核对会场屏幕上的 6 位数字后重新输入（还可再试 4 次）",
    );
    // Full-width digits from a Chinese keyboard, with a space, are the same code.
    const wide = first.pin.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(await member.consultation.checkIn.enterPin({ pin: `${wide.slice(0, 3)} ${wide.slice(3)}` })).toMatchObject({
      consultationId: id,
      alreadyCheckedIn: false,
    });
    expect(await member.consultation.checkIn.enterPin({ pin: first.pin })).toMatchObject({ alreadyCheckedIn: true });
    expect((await attendanceOf(id)).map((a) => [a.memberId, a.source])).toEqual([[me, "code"]]);
    const duty = await api.db.db.select().from(dutyLedgerLive).where(and(eq(dutyLedgerLive.sourceId, id), eq(dutyLedgerLive.memberId, me)));
    expect(duty.map((d) => d.kind)).toEqual(["consultationAttendance"]);

    // 重新生成: the old code is refused, the new one works.
    const second = await liaison.consultation.checkIn.issuePin({ consultationId: id });
    const other = await otherMember(1, "198.51.100.7");
    if (second.pin !== first.pin) {
      expect((await errorOf(other.consultation.checkIn.enterPin({ pin: first.pin }))).message).toContain("签到码不正确");
    }
    expect(await other.consultation.checkIn.enterPin({ pin: second.pin })).toMatchObject({ consultationId: id, alreadyCheckedIn: false });

    api.clock.set(nextDay);
    const late = await otherMember(2, "198.51.100.8");
    // The day is over: nothing of today is open (the next meeting this member has, if any, is named).
    const over = await errorOf(late.consultation.checkIn.enterPin({ pin: second.pin }));
    expect(over.message).toMatch(/^(您今天没有正在签到的会议；如在会场，请联系会务人员登记|「第\d+次签到测试议事会」签到将于 3月12日 09:00 开放)$/);
    expect(await attendanceOf(id)).toHaveLength(2);
  });

  it("matches only the member's own meetings, so two meetings may share a code", async () => {
    const a = await meeting();
    const b = await meeting();
    api.clock.set(dayBefore);
    const { pin } = await liaison.consultation.checkIn.issuePin({ consultationId: a });
    await liaison.consultation.checkIn.issuePin({ consultationId: b });
    // Force the coincidence the issuer avoids within a day, as two councils' or days' codes may have.
    await api.db.db.update(consultationCheckInPin).set({ pinHash: checkInPinHash(b, pin) }).where(eq(consultationCheckInPin.consultationId, b));
    const inA = (await liaison.consultation.invitation.list({ consultationId: b, limit: 100 })).items.find((i) => i.memberId === others[3])!;
    await liaison.consultation.invitation.decide({ id: inA.id, version: inA.version, type: "withdraw" });
    api.clock.set(inside);
    const onlyA = await otherMember(3, "198.51.100.9");
    expect(await onlyA.consultation.checkIn.enterPin({ pin })).toMatchObject({ consultationId: a });
    // A member of neither meeting gets nothing from the code.
    const outsider = await loginAsNew(api, "member", { memberId: (await townshipMembers(api, "乍浦镇"))[0]! }, "198.51.100.10");
    expect((await errorOf(outsider.consultation.checkIn.enterPin({ pin }))).message).toBe("您今天没有正在签到的会议；如在会场，请联系会务人员登记");
  });

  it("is for members only; staff mark attendance by hand", async () => {
    const staff = await errorOf(liaison.consultation.checkIn.enterPin({ pin: "123456" }));
    expect(staff).toMatchObject({ code: "FORBIDDEN" });
    const bad = await errorOf(member.consultation.checkIn.enterPin({ pin: "12345" }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST", message: "签到码是 6 位数字，请对照会场屏幕重新输入" });
  });
});

describe("wrong codes are throttled", () => {
  it("per account: the sixth wrong code in a quarter hour waits, even a right one, until the window slides", async () => {
    const id = await meeting();
    api.clock.set(inside);
    const { pin } = await liaison.consultation.checkIn.issuePin({ consultationId: id });
    const wrong = String((Number(pin) + 500_000) % 1_000_000).padStart(6, "0");
    const guesser = await otherMember(4, "203.0.113.4");
    for (let i = 0; i < 5; i++) expect((await errorOf(guesser.consultation.checkIn.enterPin({ pin: wrong }))).code).toBe("BAD_REQUEST");
    const held = await errorOf(guesser.consultation.checkIn.enterPin({ pin }));
    expect(held).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "签到码输错次数过多，请 15 分钟后再试，或请会务人员帮您登记" });
    // Another member at the same venue address is not held up by it.
    const neighbour = await otherMember(5, "203.0.113.4");
    expect(await neighbour.consultation.checkIn.enterPin({ pin })).toMatchObject({ alreadyCheckedIn: false });
    api.clock.advance(15 * 60_000 + 1000);
    expect(await guesser.consultation.checkIn.enterPin({ pin })).toMatchObject({ alreadyCheckedIn: false });
  });

  it("per address: 30 wrong codes from one address hold every account there", async () => {
    const id = await meeting();
    api.clock.set(inside);
    const { pin } = await liaison.consultation.checkIn.issuePin({ consultationId: id });
    const wrong = String((Number(pin) + 300_000) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 6; i++) {
      const guesser = await otherMember(6 + i, "203.0.113.99");
      for (let j = 0; j < 5; j++) await errorOf(guesser.consultation.checkIn.enterPin({ pin: wrong }));
    }
    const fresh = await otherMember(12, "203.0.113.99");
    expect((await errorOf(fresh.consultation.checkIn.enterPin({ pin }))).code).toBe("TOO_MANY_REQUESTS");
    const elsewhere = await otherMember(12, "203.0.113.100");
    expect(await elsewhere.consultation.checkIn.enterPin({ pin })).toMatchObject({ alreadyCheckedIn: false });
  });
});

describe("marking attendance by hand", () => {
  it("waits for check-in to open, then stays open after the day and while recording it as held", async () => {
    const id = await meeting();
    const markAt = (at: string, memberId: string) => {
      api.clock.set(at);
      return liaison.consultation.checkIn.mark({ consultationId: id, memberId, present: true });
    };
    expect((await errorOf(markAt(dayBefore, me))).message).toBe("签到将于 3月10日 09:00 开放，会前不能登记出席");
    expect((await errorOf(markAt(justBefore, me))).message).toBe("签到将于 3月10日 09:00 开放，会前不能登记出席");
    expect(await markAt(opening, me)).toMatchObject({ changed: true });
    // The next morning, reconciling the paper sheet before recording the meeting as held.
    expect(await markAt("2025-03-11T01:00:00Z", others[0]!)).toMatchObject({ changed: true });
    const { version } = await liaison.consultation.get({ id });
    await liaison.consultation.transition({ id, version, event: { type: "hold" } });
    expect(await markAt("2025-03-12T01:00:00Z", others[1]!)).toMatchObject({ changed: true });
    expect(await attendanceOf(id)).toHaveLength(3);
  });
});

describe("speeches and suggestions at the meeting", () => {
  it("wait for the meeting's day; a written speech may come in before", async () => {
    const id = await meeting();
    api.clock.set(dayBefore);
    const speech = (kind: "oral" | "written") => liaison.consultation.speech.record({ consultationId: id, memberId: me, kind, title: "关于路灯维修的发言" });
    expect((await errorOf(speech("oral"))).message).toBe("会议定于 3月10日 09:30 召开，会前不能登记会上发言");
    expect(await speech("written")).toMatchObject({ kind: "written" });
    const suggestion = () =>
      liaison.consultation.suggestion.record({ consultationId: id, content: "建议尽快更换损坏路灯并建立巡查", category: "livelihood", authorKind: "resident", authorName: "王阿姨" });
    expect((await errorOf(suggestion())).message).toBe("会议定于 3月10日 09:30 召开，会前不能登记意见建议");
    const own = () => member.consultation.suggestion.submit({ consultationId: id, content: "建议在小区门口增设路灯", category: "livelihood" });
    expect((await errorOf(own())).message).toBe("会议定于 3月10日 09:30 召开，会前不能提交意见建议");

    api.clock.set("2025-03-09T16:00:00Z");
    expect(await speech("oral")).toMatchObject({ kind: "oral" });
    expect(await suggestion()).toMatchObject({ consultationId: id });
    expect(await own()).toMatchObject({ consultationId: id });
  });
});

describe("leave after check-in", () => {
  it("is refused to a member already present, asked or granted", async () => {
    const id = await meeting();
    api.clock.set(dayBefore);
    const other = await otherMember(13);
    const invitationOf = async (who: Caller) => (await who.consultation.invitation.mine({ upcoming: true })).items.find((i) => i.consultationId === id)!;
    // One member asks for leave the day before, then comes after all.
    const asked = await invitationOf(other);
    const requested = await other.consultation.invitation.reply({ id: asked.id, version: asked.version, type: "requestLeave", reason: "临时出差" });
    api.clock.set(inside);
    const { pin } = await liaison.consultation.checkIn.issuePin({ consultationId: id });
    await other.consultation.checkIn.enterPin({ pin });
    const grant = await errorOf(liaison.consultation.invitation.decide({ id: asked.id, version: requested.version, type: "approveLeave" }));
    expect(grant.message).toBe("该委员已签到出席，不能准假；如签到有误，请先在出席名单中取消");

    await member.consultation.checkIn.enterPin({ pin });
    const mine = await invitationOf(member);
    const leave = await errorOf(member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "requestLeave", reason: "家中有事" }));
    expect(leave).toMatchObject({ code: "BAD_REQUEST", message: "您已签到出席本次协商，不能再请假" });
  });
});
