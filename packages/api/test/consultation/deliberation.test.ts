import { auditLog, dutyLedgerLive, residentTopic as topicTable } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { daysFromToday, demoMemberId, residentTopic, today, townshipId, unitId } from "./fixtures";

/**
 * The 民生议事堂 journey end to end through the API, as the liaison app, the public page, the
 * portal and the handler's view drive it.
 */
let api: TestApi;
let liaison: Caller;
let member: Caller;
let handler: Caller;
let danghu: string;
beforeAll(async () => {
  api = await createTestApi();
  liaison = (await api.loginAs("liaison")).caller;
  member = (await api.loginAs("member")).caller;
  handler = (await api.loginAs("handler")).caller;
  danghu = await townshipId(api, "当湖街道");
});
afterAll(() => api?.close());

describe("民生议事堂: resident topic → session → suggestions closed → summary published", () => {
  it("runs the whole journey", async () => {
    const resident = api.caller(undefined, "198.51.100.7");

    // 1. A resident raises a topic on the township's public page; nobody sees it before moderation.
    const sent = await resident.consultation.publicTopic.submit(residentTopic(danghu));
    expect(sent).toMatchObject({ received: true, duplicate: false });
    expect((await resident.consultation.publicTopic.topics({ townshipId: danghu })).items).toEqual([]);
    expect((await resident.consultation.publicTopic.township({ townshipId: danghu })).name).toBe("当湖街道");

    // 2. The officer sees it with the resident's contact and accepts it.
    const queue = await liaison.consultation.residentTopic.list({ state: "pending" });
    expect(queue.items).toHaveLength(1);
    const topic = queue.items[0]!;
    expect(topic).toMatchObject({ name: "王阿姨", phone: "13800001234", townshipName: "当湖街道" });
    await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });
    const visible = await resident.consultation.publicTopic.topics({ townshipId: danghu });
    expect(visible.items.map((t) => t.topic)).toEqual([topic.topic]);
    expect(Object.keys(visible.items[0]!)).not.toContain("name");
    expect(Object.keys(visible.items[0]!)).not.toContain("phone");

    // 3. The officer schedules a session on it: the township group and the paired sector groups are invited.
    const { consultation: session, invitations } = await liaison.consultation.deliberation.scheduleFromTopics({
      topicIds: [topic.id],
      title: "东湖小区路灯维修议事会",
      plannedDate: today(),
      venue: "当湖街道民生议事堂",
    });
    expect(session).toMatchObject({ state: "scheduled", formatCode: "deliberation", townshipId: danghu, level: "township" });
    expect(invitations.invited).toBeGreaterThan(5);
    const defaults = await liaison.consultation.invitation.defaultSelection({ consultationId: session.id });
    expect(defaults.selection.townshipGroupIds).toHaveLength(1);
    expect(defaults.selection.sectorIds!.length).toBeGreaterThan(0);
    expect(defaults.memberCount).toBe(invitations.invited);
    const [linked] = await api.db.db.select().from(topicTable).where(eq(topicTable.id, topic.id));
    expect(linked!.consultationId).toBe(session.id);

    // 4. The member accepts in the portal and checks in by the code on the officer's screen.
    const mine = await member.consultation.invitation.mine({ upcoming: true });
    const invitation = mine.items.find((i) => i.consultationId === session.id)!;
    expect(invitation.steps.map((s) => s.type)).toEqual(expect.arrayContaining(["accept", "requestLeave"]));
    await member.consultation.invitation.reply({ id: invitation.id, version: invitation.version, type: "accept" });
    const code = await liaison.consultation.checkIn.issueCode({ consultationId: session.id });
    expect(code.expiresAt.getTime() - code.issuedAt.getTime()).toBe(60_000);
    const scanned = await member.consultation.checkIn.scan({ token: code.token });
    expect(scanned).toMatchObject({ consultationId: session.id, alreadyCheckedIn: false });

    // 5. The officer records the meeting: held, a resident's and a member's suggestion.
    const beforeHold = await liaison.consultation.get({ id: session.id });
    expect(beforeHold.counts.attendance).toBe(1);
    expect(beforeHold.steps.map((s) => s.type)).toContain("hold");
    const held = await liaison.consultation.transition({ id: session.id, version: beforeHold.version, event: { type: "hold" } });
    expect(held.state).toBe("held");
    const fromResident = await liaison.consultation.suggestion.record({
      consultationId: session.id,
      content: "建议住建部门一周内更换东湖小区损坏路灯",
      category: "urbanRural",
      authorKind: "resident",
      authorName: "王阿姨",
    });
    const fromMember = await liaison.consultation.suggestion.record({
      consultationId: session.id,
      content: "建议建立小区公共设施定期巡查机制",
      category: "governance",
      authorKind: "member",
      authorMemberId: await demoMemberId(api),
    });

    // 6. Routed to 市住建局 with a deadline; the handler sees it and answers.
    const unit = await unitId(api, "市住建局");
    const routed = await liaison.consultation.suggestion.route({
      id: fromResident.id,
      version: fromResident.version,
      handlingUnitId: unit,
      deadline: daysFromToday(14),
    });
    expect(routed).toMatchObject({ state: "routed", handlingUnitId: unit, deadline: daysFromToday(14) });
    const inbox = await handler.consultation.suggestion.list({});
    expect(inbox.items.map((s) => s.id)).toEqual([fromResident.id]);
    expect(inbox.items[0]).toMatchObject({ consultationTitle: "东湖小区路灯维修议事会", handlingUnitName: "市住建局", deadlineStatus: "onTime" });
    const detail = await handler.consultation.suggestion.get({ id: fromResident.id });
    expect(detail.steps.map((s) => s.type)).toEqual(expect.arrayContaining(["answer", "decline"]));
    const answered = await handler.consultation.suggestion.answer({
      id: fromResident.id,
      version: routed.version,
      answer: "已安排维修班组于本周五前完成更换，并纳入季度巡检。",
    });
    expect(answered.state).toBe("answered");

    // 7. The officer closes both with their results; the session then closes.
    await liaison.consultation.suggestion.close({ id: fromResident.id, version: answered.version, result: "implemented" });
    const partly = await liaison.consultation.suggestion.close({
      id: fromMember.id,
      version: fromMember.version,
      result: "partlyImplemented",
      reason: "巡查机制已建立，经费尚在申请",
    });
    expect(partly).toMatchObject({ state: "closed", result: "partlyImplemented", resultReason: "巡查机制已建立，经费尚在申请" });
    const items = await liaison.consultation.suggestion.openItems({ townshipId: danghu });
    expect(items.summary.total).toBe(0);
    const closed = await liaison.consultation.transition({ id: session.id, version: held.version, event: { type: "close" } });
    expect(closed.state).toBe("closed");

    // 8. The summary is published on the public page, with how the suggestions ended.
    await liaison.consultation.deliberation.publishSummary({
      id: session.id,
      version: closed.version,
      summary: "本次议事围绕东湖小区路灯问题提出建议 2 条，已全部办结。",
    });
    const summaries = await resident.consultation.publicTopic.summaries({ townshipId: danghu });
    expect(summaries.items).toHaveLength(1);
    expect(summaries.items[0]).toMatchObject({
      title: "东湖小区路灯维修议事会",
      suggestionCount: 2,
      results: { implemented: 1, partlyImplemented: 1, notImplemented: 0 },
    });

    // The member's duty record holds the attendance and the suggestion; every step left its audit row.
    const duty = await api.db.db
      .select({ kind: dutyLedgerLive.kind })
      .from(dutyLedgerLive)
      .where(eq(dutyLedgerLive.memberId, await demoMemberId(api)));
    expect(duty.map((d) => d.kind).sort()).toEqual(["consultationAttendance", "consultationSuggestion"]);
    const absences = await api.db.db
      .select()
      .from(dutyLedgerLive)
      .where(and(eq(dutyLedgerLive.sourceId, session.id), eq(dutyLedgerLive.kind, "consultationAbsence")));
    expect(absences).toHaveLength(invitations.invited - 1);
    const audits = await api.db.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, fromResident.id)).orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual(["suggestion.record", "suggestion.route", "suggestion.answer", "suggestion.close"]);
  });
});
