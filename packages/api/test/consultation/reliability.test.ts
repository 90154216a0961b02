import { auditLog, consultationAttendance, consultationCheckInCode, consultationInvitation, dutyLedgerLive, residentTopic as topicTable } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, errorOf, heldDeliberation, recordResidentSuggestion, residentTopic, today, townshipId, unitId } from "./fixtures";

/**
 * Two people at once, retries, and steps in the wrong state or by the wrong role: one wins and
 * the other is told; a repeat counts once; a refusal says why.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let member: Caller;
let handler: Caller;
let danghu: string;
let unit: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  member = (await api.loginAs("member")).caller;
  handler = (await api.loginAs("handler")).caller;
  danghu = await townshipId(api, "当湖街道");
  unit = await unitId(api, "市住建局");
});
afterAll(() => api?.close());

async function answeredSuggestion(consultationId: string, n: number) {
  const s = await recordResidentSuggestion(liaison, consultationId, n);
  const routed = await liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: unit });
  return handler.consultation.suggestion.answer({ id: s.id, version: routed.version, answer: "已经办理完毕，情况如下……" });
}

describe("two officers closing the same suggestion at once", () => {
  it("lets one succeed; the other gets CONFLICT and nothing is overwritten", async () => {
    const session = await heldDeliberation(api, liaison, danghu, 1);
    const s = await answeredSuggestion(session.id, 1);
    const results = await Promise.allSettled([
      liaison.consultation.suggestion.close({ id: s.id, version: s.version, result: "implemented" }),
      admin.consultation.suggestion.close({ id: s.id, version: s.version, result: "notImplemented", reason: "资金未落实" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = (lost[0] as PromiseRejectedResult).reason as { code: string; message: string };
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("该建议已被他人处理，请刷新后查看");
    const winner = (won[0] as PromiseFulfilledResult<{ result: string | null; resultReason: string | null }>).value;
    const stored = await liaison.consultation.suggestion.get({ id: s.id });
    expect(stored).toMatchObject({ state: "closed", result: winner.result, resultReason: winner.resultReason, version: s.version + 1 });
    const closes = await api.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, "suggestion.close")));
    expect(closes).toHaveLength(1);
  });

  it("refuses a stale version on any step, even when the step itself would be allowed", async () => {
    const session = await heldDeliberation(api, liaison, danghu, 2);
    const stale = await errorOf(liaison.consultation.transition({ id: session.id, version: session.version - 1, event: { type: "close" } }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "该协商已被他人修改，请刷新后查看" });
  });
});

describe("repeats count once", () => {
  it("a check-in scanned twice (even at once) is one attendance and one duty event", async () => {
    const topic = residentTopic(danghu, 30);
    await api.caller(undefined, "192.0.2.30").consultation.publicTopic.submit(topic);
    const t = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!;
    await liaison.consultation.residentTopic.moderate({ id: t.id, version: t.version, type: "accept" });
    const { consultation } = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [t.id], title: "签到重复测试议事会", plannedDate: today() });
    const code = await liaison.consultation.checkIn.issueCode({ consultationId: consultation.id });
    const [a, b] = await Promise.all([member.consultation.checkIn.scan({ token: code.token }), member.consultation.checkIn.scan({ token: code.token })]);
    expect([a.alreadyCheckedIn, b.alreadyCheckedIn].sort()).toEqual([false, true]);
    // Later, with a code that has since been replaced: still "yes, you are checked in".
    const again = await member.consultation.checkIn.scan({ token: code.token });
    expect(again.alreadyCheckedIn).toBe(true);
    const me = await demoMemberId(api);
    const rows = await api.db.db.select().from(consultationAttendance).where(eq(consultationAttendance.consultationId, consultation.id));
    expect(rows).toHaveLength(1);
    const duty = await api.db.db.select().from(dutyLedgerLive).where(and(eq(dutyLedgerLive.sourceId, consultation.id), eq(dutyLedgerLive.memberId, me)));
    expect(duty.map((d) => d.kind)).toEqual(["consultationAttendance"]);
    // Marking by hand what is already so changes nothing either.
    const marked = await liaison.consultation.checkIn.mark({ consultationId: consultation.id, memberId: me, present: true });
    expect(marked.changed).toBe(false);
  });

  it("an invitation reply sent twice with the same version is one reply", async () => {
    const mine = (await member.consultation.invitation.mine({ upcoming: true })).items[0]!;
    const [first, second] = await Promise.all([
      member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "accept" }),
      member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "accept" }),
    ]);
    expect(first.state).toBe("accepted");
    expect(second.state).toBe("accepted");
    const [row] = await api.db.db.select().from(consultationInvitation).where(eq(consultationInvitation.id, mine.id));
    expect(row!.version).toBe(mine.version + 1);
    const audits = await api.db.db.select().from(auditLog).where(and(eq(auditLog.entityId, mine.id), eq(auditLog.action, "invitation.accept")));
    expect(audits).toHaveLength(1);
    // A different answer on the stale version is someone else's change: CONFLICT, not a silent overwrite.
    const leave = await errorOf(member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "requestLeave", reason: "临时出差" }));
    expect(leave.code).toBe("CONFLICT");
  });

  it("a public topic sent twice (a double tap) is one topic", async () => {
    const resident = api.caller(undefined, "192.0.2.31");
    const topic = residentTopic(danghu, 31);
    const first = await resident.consultation.publicTopic.submit(topic);
    const second = await resident.consultation.publicTopic.submit({ ...topic, topic: ` ${topic.topic}！`, description: `${topic.description} ` });
    expect(first.duplicate).toBe(false);
    expect(second).toMatchObject({ received: true, duplicate: true });
    const rows = await api.db.db.select().from(topicTable).where(eq(topicTable.topic, topic.topic));
    expect(rows).toHaveLength(1);
  });

  it("a routing sent twice (even at once) is one routing", async () => {
    const session = await heldDeliberation(api, liaison, danghu, 3);
    const s = await recordResidentSuggestion(liaison, session.id, 1);
    const [a, b] = await Promise.all([
      liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: unit }),
      liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: unit }),
    ]);
    expect(a.state).toBe("routed");
    expect(b.state).toBe("routed");
    const stored = await liaison.consultation.suggestion.get({ id: s.id });
    expect(stored.version).toBe(s.version + 1);
    const routes = await api.db.db.select().from(auditLog).where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, "suggestion.route")));
    expect(routes).toHaveLength(1);
    // Routed elsewhere on the stale version: refused as a conflict.
    const elsewhere = await errorOf(liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: await unitId(api, "市民政局") }));
    expect(elsewhere.code).toBe("CONFLICT");
  });
});

describe("a step in the wrong state or by the wrong role", () => {
  it("is refused with its reason", async () => {
    const draft = await liaison.consultation.create({ title: "新仓路口改造议事会", formatCode: "deliberation", year: Number(today().slice(0, 4)), townshipId: danghu });
    const hold = await errorOf(liaison.consultation.transition({ id: draft.id, version: draft.version, event: { type: "hold" } }));
    expect(hold).toMatchObject({ code: "BAD_REQUEST", message: "协商当前为「草稿」，不能登记为已召开" });
    const byMember = await errorOf(member.consultation.transition({ id: draft.id, version: draft.version, event: { type: "plan" } }));
    expect(byMember.code).toBe("FORBIDDEN");
    const outcome = await errorOf(
      liaison.consultation.transition({
        id: draft.id,
        version: draft.version,
        event: { type: "cancel", reason: "" },
      }),
    );
    expect(outcome.message).toBe("请说明取消原因（至少 2 个字）");

    const session = await heldDeliberation(api, liaison, danghu, 4);
    const noOutcome = await errorOf(
      liaison.consultation.transition({ id: session.id, version: session.version, event: { type: "submitOutcome", outcome: { kind: "consultationReport", title: "议事协商报告" } } }),
    );
    expect(noOutcome.message).toBe("「民生议事堂」不形成成果文件，意见建议全部办结后即可办结");
    const s = await recordResidentSuggestion(liaison, session.id, 1);
    const early = await errorOf(liaison.consultation.transition({ id: session.id, version: session.version, event: { type: "close" } }));
    expect(early.message).toBe("还有 1 条意见建议未销号，全部办结后才能办结本次协商");
    const routed = await liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: unit });
    const closeRouted = await errorOf(liaison.consultation.suggestion.close({ id: s.id, version: routed.version, result: "implemented" }));
    expect(closeRouted.message).toBe("意见建议当前为「办理中」，不能销号");
    expect((await errorOf(handler.consultation.suggestion.close({ id: s.id, version: routed.version, result: "implemented" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(liaison.consultation.suggestion.answer({ id: s.id, version: routed.version, answer: "联络员代为答复" }))).code).toBe("FORBIDDEN");
    const short = await errorOf(handler.consultation.suggestion.answer({ id: s.id, version: routed.version, answer: "好" }));
    expect(short.message).toBe("请填写答复内容（至少 5 个字），写明办理措施和结果");
    const answered = await handler.consultation.suggestion.answer({ id: s.id, version: routed.version, answer: "已办理完毕并回访" });
    const noReason = await errorOf(liaison.consultation.suggestion.close({ id: s.id, version: answered.version, result: "notImplemented" }));
    expect(noReason.message).toBe("请填写未落实的原因（至少 2 个字）");
    const pastDeadline = await errorOf(
      liaison.consultation.suggestion.route({ id: (await recordResidentSuggestion(liaison, session.id, 2)).id, version: 1, handlingUnitId: unit, deadline: today() }),
    );
    expect(pastDeadline.message).toBe("答复期限须晚于今天");
    // Only a member scans (staff mark attendance by hand), and only a code that exists.
    const staff = await errorOf(admin.consultation.checkIn.scan({ token: "x".repeat(32) }));
    expect(staff).toMatchObject({ code: "FORBIDDEN", message: "只有委员本人可以扫码签到；会务人员请使用手工登记出席" });
    const badCode = await errorOf(member.consultation.checkIn.scan({ token: "y".repeat(32) }));
    expect(badCode.message).toBe("签到码无效，请扫描会场屏幕上最新的二维码");
  });

  it("refuses an expired check-in code; a deliberation called off frees its topics", async () => {
    await api.caller(undefined, "192.0.2.40").consultation.publicTopic.submit(residentTopic(danghu, 40));
    const t = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!;
    await liaison.consultation.residentTopic.moderate({ id: t.id, version: t.version, type: "accept" });
    const { consultation } = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [t.id], title: "过期签到码测试议事会", plannedDate: today() });
    const again = await errorOf(liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [t.id], title: "重复安排的议事会", plannedDate: today() }));
    expect(again.message).toBe(`议题「${t.topic}」已安排过议事`);
    const code = await liaison.consultation.checkIn.issueCode({ consultationId: consultation.id });
    await api.db.db
      .update(consultationCheckInCode)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(consultationCheckInCode.consultationId, consultation.id));
    const expired = await errorOf(member.consultation.checkIn.scan({ token: code.token }));
    expect(expired.message).toBe("签到码已过期，请扫描屏幕上最新的二维码");
    const { version } = await liaison.consultation.get({ id: consultation.id });
    await liaison.consultation.transition({ id: consultation.id, version, event: { type: "cancel", reason: "天气原因取消" } });
    expect((await liaison.consultation.residentTopic.get({ id: t.id })).consultationId).toBeNull();
  });
});
