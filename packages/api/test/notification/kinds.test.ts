import { account, consultationInvitation, notification, outbox, township } from "@cppcc/db";
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId, heldDeliberation, loginAsNew, recordResidentSuggestion, residentTopic, townshipId } from "../consultation/fixtures";
import { demoMemberId, draft, extraLogin, otherMembers, sessionIds, unitId } from "../proposal/fixtures";
import { about, runJobs } from "./helpers";

/**
 * Every event that asks something of a person reaches exactly them, through the outbox and the
 * fan-out job as the server runs it: the right people with the link where they act, nobody else
 * (another member, another unit, another township's liaison), and it leaves 待办 when done.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let handler: Caller;
let member: Caller;
let me: string;
let other: { id: string; caller: Caller };
let bystander: { id: string; caller: Caller };
let coHandler: Caller;
let otherUnit: Caller;
let otherLiaison: Caller;
let sessionId: string;
let zjj: string;
let jtj: string;
let danghu: string;

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  handler = (await api.loginAs("handler")).caller;
  member = (await api.loginAs("member")).caller;
  me = await demoMemberId(api);
  const [a, b] = await otherMembers(api, 2, [me]);
  other = { id: a!.id, caller: await extraLogin(api, "member", a!.id) };
  bystander = { id: b!.id, caller: await extraLogin(api, "member", b!.id) };
  [zjj, jtj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局")]);
  coHandler = await extraLogin(api, "handler", jtj);
  otherUnit = await extraLogin(api, "handler", await unitId(api, "市教育局"));
  sessionId = (await sessionIds(api)).get(5)!;
  danghu = await townshipId(api, "当湖街道");
  const [otherTownship] = await api.db.db
    .select({ id: township.id })
    .from(township)
    .where(and(eq(township.councilId, api.councilId), ne(township.id, danghu)))
    .limit(1);
  const otherTownshipId = otherTownship!.id;
  otherLiaison = await loginAsNew(api, "liaison", { townshipId: otherTownshipId });
}, 60_000);
afterAll(() => api?.close());

const nobodyElse = async (id: string, callers: Caller[]) => {
  for (const c of callers) expect(await about(c, id)).toEqual([]);
};

describe("consultation invitations and leave", () => {
  let consultationId: string;
  it("reach each invited member once, with the activity's page, and nobody else", async () => {
    const economy = await committeeId(api, "经济委员会");
    const created = await admin.consultation.create({ title: "数字经济专题协商", formatCode: "topicalConsultation", year: 2026, leadCommitteeId: economy, venue: "三楼会议室" });
    await admin.consultation.transition({ id: created.id, version: created.version, event: { type: "plan" } });
    consultationId = created.id;
    await admin.consultation.invitation.invite({ consultationId, selection: { memberIds: [me, other.id] } });
    await runJobs(api);
    const [mine] = await about(member, consultationId);
    expect(mine).toMatchObject({ kind: "consultation.invited", title: "邀请您参加「数字经济专题协商」", link: { app: "portal", path: `/activities/${consultationId}` }, doneAt: null });
    expect(mine!.body).toContain("地点：三楼会议室");
    expect(await about(other.caller, consultationId)).toHaveLength(1);
    await nobodyElse(consultationId, [bystander.caller, admin, liaison, handler]);
  });

  it("tell a member added later, and nobody twice", async () => {
    await admin.consultation.invitation.invite({ consultationId, selection: { memberIds: [me, other.id, bystander.id] } });
    await runJobs(api);
    expect(await about(bystander.caller, consultationId)).toHaveLength(1);
    expect(await about(member, consultationId)).toHaveLength(1);
    expect(await about(other.caller, consultationId)).toHaveLength(1);
  });

  it("leave 待办 when answered, in the answer's transaction", async () => {
    const mine = await member.consultation.invitation.mine({});
    const inv = mine.items.find((i) => i.consultationId === consultationId)!;
    await member.consultation.invitation.reply({ id: inv.id, version: inv.version, type: "accept" });
    expect((await about(member, consultationId))[0]!.doneAt).not.toBeNull();
    expect((await about(other.caller, consultationId))[0]!.doneAt).toBeNull();
  });

  it("tell the member the leave decision with the reason, as something to read, not to do", async () => {
    const [inv] = await api.db.db
      .select()
      .from(consultationInvitation)
      .where(and(eq(consultationInvitation.consultationId, consultationId), eq(consultationInvitation.memberId, other.id)));
    const asked = await other.caller.consultation.invitation.reply({ id: inv!.id, version: inv!.version, type: "requestLeave", reason: "出差" });
    await admin.consultation.invitation.decide({ id: asked.id, version: asked.version, type: "rejectLeave", reason: "本次会议需全员参加" });
    await runJobs(api);
    const notes = await about(other.caller, consultationId);
    const decided = notes.find((n) => n.kind === "consultation.leaveDecided");
    expect(decided).toMatchObject({ title: "您参加「数字经济专题协商」的请假未获批准", body: "理由：本次会议需全员参加。请按时参加", link: { app: "portal", path: `/activities/${consultationId}` } });
    expect(decided!.doneAt).not.toBeNull();
    expect(notes.find((n) => n.kind === "consultation.invited")!.doneAt).not.toBeNull();
    await nobodyElse(consultationId, [admin]);
    expect((await about(member, consultationId)).map((n) => n.kind)).toEqual(["consultation.invited"]);
  });

  it("are written done when the member answered before the job ran, and skip disabled logins", async () => {
    const economy = await committeeId(api, "经济委员会");
    const created = await admin.consultation.create({ title: "营商环境专题协商", formatCode: "topicalConsultation", year: 2026, leadCommitteeId: economy });
    await admin.consultation.transition({ id: created.id, version: created.version, event: { type: "plan" } });
    // A member whose login was disabled (withdrawn) is invited with the others.
    const [leaver] = await otherMembers(api, 1, [me, other.id, bystander.id]);
    await extraLogin(api, "member", leaver!.id);
    await api.db.db.update(account).set({ disabledAt: new Date() }).where(eq(account.memberId, leaver!.id));
    await admin.consultation.invitation.invite({ consultationId: created.id, selection: { memberIds: [me, other.id, leaver!.id] } });
    // The member answers from the list before any worker has run.
    const inv = (await member.consultation.invitation.mine({})).items.find((i) => i.consultationId === created.id)!;
    await member.consultation.invitation.reply({ id: inv.id, version: inv.version, type: "accept" });
    await runJobs(api);
    expect((await about(member, created.id))[0]!.doneAt).not.toBeNull();
    expect((await about(other.caller, created.id))[0]!.doneAt).toBeNull();
    const toDisabled = await api.db.db
      .select()
      .from(notification)
      .innerJoin(account, eq(account.id, notification.accountId))
      .where(and(eq(account.memberId, leaver!.id), eq(notification.kind, "consultation.invited")));
    expect(toDisabled).toEqual([]);
  });
});

describe("proposals", () => {
  it("ask a co-signer to confirm, and settle when they do", async () => {
    const p = await member.proposal.create({
      sessionId,
      proposer: { kind: "joint", memberId: me, cosigners: [{ memberId: other.id, status: "invited" }] },
      title: "关于完善社区养老服务的建议",
    });
    await runJobs(api);
    const [asked] = await about(other.caller, p.id);
    expect(asked).toMatchObject({ kind: "proposal.cosignRequested", link: { app: "portal", path: `/proposals/${p.id}` }, doneAt: null });
    expect(asked!.title).toContain("邀请您联名提案《关于完善社区养老服务的建议》");
    await nobodyElse(p.id, [member, bystander.caller, admin]);
    await other.caller.proposal.respondToInvitation({ id: p.id, confirm: true });
    expect((await about(other.caller, p.id))[0]!.doneAt).not.toBeNull();
  });

  it("tell the proposer it was returned, filed or not, and the units it was assigned to, until each has done its part", async () => {
    let p = await draft(admin, sessionId, me, { title: "关于加快老旧小区路灯改造的建议" });
    p = await admin.proposal.submit({ id: p.id, version: p.version });
    p = await admin.proposal.startReview({ id: p.id, version: p.version });
    p = await admin.proposal.returnForRevision({ id: p.id, version: p.version, reasons: ["请补充具体路段"] });
    await runJobs(api);
    const [returned] = await about(member, p.id);
    expect(returned).toMatchObject({
      kind: "proposal.returned",
      title: "提案《关于加快老旧小区路灯改造的建议》已退回修改",
      body: "退回理由：请补充具体路段。请修改后重新提交",
      link: { app: "portal", path: `/proposals/${p.id}` },
      doneAt: null,
    });
    p = await member.proposal.resubmit({ id: p.id, version: p.version });
    expect((await about(member, p.id))[0]!.doneAt).not.toBeNull();

    p = await admin.proposal.startReview({ id: p.id, version: p.version });
    p = await admin.proposal.file({ id: p.id, version: p.version });
    await runJobs(api);
    const filed = (await about(member, p.id)).find((n) => n.kind === "proposal.filed")!;
    expect(filed.title).toBe(`提案《关于加快老旧小区路灯改造的建议》（案号 ${p.number}）已立案`);

    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
    await runJobs(api);
    for (const unit of [handler, coHandler]) {
      expect(await about(unit, p.id)).toMatchObject([{ kind: "proposal.assigned", link: { app: "admin", path: `/handling/${p.id}` }, doneAt: null }]);
    }
    await nobodyElse(p.id, [otherUnit, other.caller, bystander.caller, liaison]);
    expect((await about(member, p.id)).map((n) => n.kind).sort()).toEqual(["proposal.filed", "proposal.returned"]);

    p = await coHandler.proposal.sendCoOpinion({ id: p.id, version: p.version, text: "交通部门将配合做好小区周边道路照明改造。" });
    expect((await about(coHandler, p.id))[0]!.doneAt).not.toBeNull();
    expect((await about(handler, p.id))[0]!.doneAt).toBeNull();

    p = await handler.proposal.reply({ id: p.id, version: p.version, categoryCode: "B", text: "已将老旧小区路灯改造列入明年城建计划，分两批实施，并明确维护责任。" });
    expect((await about(handler, p.id))[0]!.doneAt).not.toBeNull();
    await runJobs(api);
    const replied = (await about(member, p.id)).find((n) => n.kind === "proposal.replied")!;
    expect(replied).toMatchObject({ title: `提案《关于加快老旧小区路灯改造的建议》（案号 ${p.number}）已答复，请评价`, link: { app: "portal", path: `/proposals/${p.id}` }, doneAt: null });
    await nobodyElse(p.id, [other.caller, otherUnit]);
    await member.proposal.evaluate({ id: p.id, version: p.version, overall: "satisfied", dimensions: { contact: "satisfied", outcome: "satisfied" } });
    expect((await about(member, p.id)).find((n) => n.kind === "proposal.replied")!.doneAt).not.toBeNull();
  });

  it("tell the proposer a proposal was not filed, and how it goes on", async () => {
    let p = await draft(admin, sessionId, me, { title: "关于增设公交线路的建议" });
    p = await admin.proposal.submit({ id: p.id, version: p.version });
    p = await admin.proposal.startReview({ id: p.id, version: p.version });
    p = await admin.proposal.notFile({ id: p.id, version: p.version, groundCode: "vague", conversion: "opinionReport" });
    await runJobs(api);
    expect(await about(member, p.id)).toMatchObject([{ kind: "proposal.filed", title: "提案《关于增设公交线路的建议》不予立案", body: "处理方式：转为社情民意信息" }]);
  });

  it("tell the unit the office's decision on its extension, and no other unit", async () => {
    let p = await draft(admin, sessionId, me, { title: "关于整治背街小巷环境的建议" });
    p = await admin.proposal.submit({ id: p.id, version: p.version });
    p = await admin.proposal.startReview({ id: p.id, version: p.version });
    p = await admin.proposal.file({ id: p.id, version: p.version });
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
    const { dueOn } = await admin.proposal.get({ id: p.id });
    const later = new Date(Date.parse(`${dueOn}T00:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
    const asked = await handler.proposal.requestExtension({ id: p.id, requestedDueOn: later, reason: "需协调多个街道联合施工" });
    await admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "grant", grantedDueOn: later });
    await runJobs(api);
    const decided = (await about(handler, p.id)).find((n) => n.kind === "extension.decided")!;
    expect(decided.title).toContain(`的延期申请已批准，办理期限延至${later.slice(0, 4)}年`);
    expect(decided.doneAt).not.toBeNull();
    expect((await about(coHandler, p.id)).map((n) => n.kind)).toEqual(["proposal.assigned"]);
  });
});

describe("township work", () => {
  it("tells the township's liaisons of a resident's topic until one decides it, and no other township", async () => {
    await api.caller(undefined, "192.0.2.77").consultation.publicTopic.submit(residentTopic(danghu, 77));
    await runJobs(api);
    const [topic] = (await liaison.notification.list({ limit: 50 })).items.filter((n) => n.kind === "topic.received" && n.title.includes("第77处"));
    expect(topic).toMatchObject({ title: "收到群众议题「小区路灯不亮第77处」", link: { app: "liaison", path: "/topics" }, doneAt: null });
    expect(topic!.body).toMatch(/^回执号 YT-/);
    expect((await otherLiaison.notification.list({ limit: 50 })).items).toEqual([]);
    const pending = (await liaison.consultation.residentTopic.list({ state: "pending", townshipId: danghu })).items.find((t) => t.topic.includes("第77处"))!;
    await liaison.consultation.residentTopic.moderate({ id: pending.id, version: pending.version, type: "reject", reason: "不属于本街道事项" });
    const after = (await liaison.notification.list({ limit: 50 })).items.find((n) => n.id === topic!.id)!;
    expect(after.doneAt).not.toBeNull();
  });

  it("asks the unit to answer a routed suggestion, then the liaison who routed it to close it", async () => {
    const held = await heldDeliberation(api, liaison, danghu, 88);
    const s = await recordResidentSuggestion(liaison, held.id, 1);
    const routed = await liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: zjj });
    await runJobs(api);
    const toUnit = (await handler.notification.list({ limit: 100 })).items.filter((n) => n.kind === "suggestion.routed");
    expect(toUnit).toMatchObject([{ title: `「第88次民生议事会」的一条意见建议交由贵单位办理`, link: { app: "admin", path: "/suggestions" }, doneAt: null }]);
    for (const c of [otherUnit, coHandler]) expect((await c.notification.list({ limit: 100 })).items.filter((n) => n.kind === "suggestion.routed")).toEqual([]);

    const answered = await handler.consultation.suggestion.answer({ id: routed.id, version: routed.version, answer: "已安排维修，本周内完成" });
    expect((await handler.notification.list({ limit: 100 })).items.find((n) => n.id === toUnit[0]!.id)!.doneAt).not.toBeNull();
    await runJobs(api);
    const toLiaison = (await liaison.notification.list({ limit: 100 })).items.filter((n) => n.kind === "suggestion.answered");
    expect(toLiaison).toMatchObject([{ title: "「第88次民生议事会」的意见建议已由市住建局答复，请销号", body: "答复：已安排维修，本周内完成", link: { app: "liaison", path: "/open-items" }, doneAt: null }]);
    expect((await otherLiaison.notification.list({ limit: 100 })).items).toEqual([]);
    expect((await admin.notification.list({ limit: 100 })).items.filter((n) => n.kind === "suggestion.answered")).toEqual([]);
    await liaison.consultation.suggestion.close({ id: answered.id, version: answered.version, result: "implemented" });
    expect((await liaison.notification.list({ limit: 100 })).items.find((n) => n.id === toLiaison[0]!.id)!.doneAt).not.toBeNull();
  });
});

describe("a job run again", () => {
  it("adds no notification twice", async () => {
    const before = await api.db.db.select({ key: notification.key }).from(notification);
    // Every fan-out job is made due again, as after a worker died before recording them done.
    await api.db.db.update(outbox).set({ doneAt: null }).where(eq(outbox.kind, "notification.fanOut"));
    await runJobs(api);
    const after = await api.db.db.select({ key: notification.key }).from(notification);
    expect(after.length).toBe(before.length);
  });
});
