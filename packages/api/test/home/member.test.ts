import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId, daysFromToday } from "../consultation/fixtures";
import { demoMemberId, draft, extraLogin, filed, otherMembers, refusal, sessionIds, unitId } from "../proposal/fixtures";

/**
 * The member's home: each item is something that asks the member to act (or a meeting they are
 * expected at), appears when it is asked and leaves when it is done, and is only ever their own.
 */
let api: TestApi;
let admin: Caller;
let member: Caller;
let me: string;
let sessionId: string;
let economy: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  me = await demoMemberId(api);
  sessionId = (await sessionIds(api)).get(5)!;
  economy = await committeeId(api, "经济委员会");
}, 60_000);
afterAll(() => api?.close());

async function plannedMeeting(title: string, plannedDate: string, memberIds: string[]) {
  const created = await admin.consultation.create({ title, formatCode: "topicalConsultation", year: Number(plannedDate.slice(0, 4)), leadCommitteeId: economy, plannedDate, venue: "三楼会议室" });
  await admin.consultation.transition({ id: created.id, version: created.version, event: { type: "plan" } });
  await admin.consultation.invitation.invite({ consultationId: created.id, selection: { memberIds } });
  return created.id;
}

describe("home.member", () => {
  it("shows invitations to answer, then the meeting once accepted, soonest first, with time and place", async () => {
    const later = await plannedMeeting("数字经济专题协商", daysFromToday(9), [me]);
    const sooner = await plannedMeeting("营商环境专题协商", daysFromToday(3), [me]);
    let home = await member.home.member();
    const asked = home.invitationsToAnswer.filter((i) => [later, sooner].includes(i.consultationId));
    expect(asked.map((i) => [i.title, i.plannedDate, i.place])).toEqual([
      ["营商环境专题协商", daysFromToday(3), "三楼会议室"],
      ["数字经济专题协商", daysFromToday(9), "三楼会议室"],
    ]);
    expect(home.nextMeetings.some((m) => m.consultationId === sooner)).toBe(false);

    const mine = (await member.consultation.invitation.mine()).items.find((i) => i.consultationId === sooner)!;
    await member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "accept" });
    home = await member.home.member();
    expect(home.invitationsToAnswer.some((i) => i.consultationId === sooner)).toBe(false);
    expect(home.nextMeetings.find((m) => m.consultationId === sooner)).toMatchObject({ title: "营商环境专题协商", plannedDate: daysFromToday(3), place: "三楼会议室" });
  });

  it("shows co-signing to confirm until answered, and replies to evaluate for the first proposer only", async () => {
    const [fellow] = await otherMembers(api, 1, [me]);
    const fellowCaller = await extraLogin(api, "member", fellow!.id);
    const d = await draft(fellowCaller, sessionId, fellow!.id, { title: "关于完善社区养老服务的建议" });
    await fellowCaller.proposal.inviteCosigners({ id: d.id, version: d.version, memberIds: [me] });
    expect((await member.home.member()).cosigningToConfirm.map((c) => c.proposalId)).toContain(d.id);
    await member.proposal.respondToInvitation({ id: d.id, confirm: true });
    expect((await member.home.member()).cosigningToConfirm.map((c) => c.proposalId)).not.toContain(d.id);

    // The demo member's own proposal, answered by the unit.
    const zjj = await unitId(api, "市住建局");
    const handler = await extraLogin(api, "handler", zjj);
    const p = await filed(admin, sessionId, me, { title: "关于老旧小区加装电梯的建议" });
    const assigned = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    expect((await member.home.member()).repliesToEvaluate.map((r) => r.proposalId)).not.toContain(p.id);
    await handler.proposal.reply({ id: p.id, version: assigned.version, categoryCode: "A", text: "已会同各街道完成摸排，今年内完成首批加装。".repeat(3) });
    const waiting = (await member.home.member()).repliesToEvaluate.find((r) => r.proposalId === p.id);
    expect(waiting).toMatchObject({ title: "关于老旧小区加装电梯的建议", units: ["市住建局"] });
    // Another member sees none of it.
    expect((await fellowCaller.home.member()).repliesToEvaluate.map((r) => r.proposalId)).not.toContain(p.id);

    const current = await member.proposal.get({ id: p.id });
    await member.proposal.evaluate({ id: p.id, version: current.version, overall: "satisfied", dimensions: { contact: "satisfied", outcome: "satisfied" } });
    expect((await member.home.member()).repliesToEvaluate.map((r) => r.proposalId)).not.toContain(p.id);
  }, 60_000);

  it("is the member's alone", async () => {
    for (const role of ["admin", "liaison", "handler"] as const) {
      const { caller } = await api.loginAs(role);
      expect((await refusal(caller.home.member())).code).toBe("FORBIDDEN");
    }
  });
});
