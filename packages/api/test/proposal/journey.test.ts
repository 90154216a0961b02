import { auditLog, dutyLedgerLive } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, extraLogin, otherMembers, refusal, sessionIds, text, unitId } from "./fixtures";

/**
 * A joint proposal from the member's draft to closing, through the API as the portal, the admin
 * app and the handling units drive it: the co-signer confirms → staff file and assign it → the
 * co-unit gives its opinion → the lead unit replies → the member is unsatisfied → it is handled
 * again → the member is satisfied → closed.
 */
let api: TestApi;
let admin: Caller;
let member: Caller;
let lead: Caller;
let cosigner: Caller;
let coUnit: Caller;
let otherUnit: Caller;
let sessionId: string;
let me: string;
let cosignerId: string;
let zjj: string;
let jtj: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  lead = (await api.loginAs("handler")).caller;
  sessionId = (await sessionIds(api)).get(5)!;
  me = await demoMemberId(api);
  cosignerId = (await otherMembers(api, 1, [me]))[0]!.id;
  cosigner = await extraLogin(api, "member", cosignerId);
  zjj = await unitId(api, "市住建局");
  jtj = await unitId(api, "市交通运输局");
  coUnit = await extraLogin(api, "handler", jtj);
  otherUnit = await extraLogin(api, "handler", await unitId(api, "市教育局"));
});
afterAll(() => api?.close());

const duty = (proposalId: string) =>
  api.db.db
    .select({ memberId: dutyLedgerLive.memberId, kind: dutyLedgerLive.kind })
    .from(dutyLedgerLive)
    .where(and(eq(dutyLedgerLive.sourceTable, "proposal"), eq(dutyLedgerLive.sourceId, proposalId)));

describe("a joint proposal from draft to closing", () => {
  it("runs the whole journey", async () => {
    // 1. The member starts a joint proposal, inviting a co-signer, and keeps writing (autosave).
    let p = await member.proposal.create({
      sessionId,
      proposer: { kind: "joint", memberId: me, cosigners: [{ memberId: cosignerId, status: "confirmed" }] },
      title: "关于老旧小区",
      requestId: "journey-create-1",
    });
    expect(p.status).toBe("draft");
    p = await member.proposal.saveDraft({ id: p.id, version: p.version, ...text });
    let view = await member.proposal.get({ id: p.id });
    // Whatever the client claimed, the co-signer is only invited until they confirm.
    expect(view.proposer.cosigners).toMatchObject([{ memberId: cosignerId, status: "invited" }]);
    expect(view.my).toMatchObject({ part: "lead", canEditText: true, canEditCosigners: true, steps: [{ type: "submit", label: "提交", kind: "primary" }] });

    // 2. Submitting waits for the co-signer.
    expect(await refusal(member.proposal.submit({ id: p.id, version: p.version }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("还有 1 位联名委员未确认"),
    });

    // 3. The co-signer sees the invitation in their own portal and confirms; the draft's version does not move.
    const invitations = await cosigner.proposal.invitations();
    expect(invitations).toMatchObject([{ id: p.id, title: text.title }]);
    expect(await cosigner.proposal.respondToInvitation({ id: p.id, confirm: true })).toEqual({ id: p.id, status: "confirmed" });
    expect(await cosigner.proposal.invitations()).toEqual([]);
    // A co-signer endorses; only the first proposer submits.
    expect(await refusal(cosigner.proposal.submit({ id: p.id, version: p.version }))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("只有第一提案人"),
    });

    // 4. Submitted: counts for the first proposer.
    p = await member.proposal.submit({ id: p.id, version: p.version, requestId: "journey-submit-1" });
    expect(p.status).toBe("submitted");
    expect(await duty(p.id)).toEqual([{ memberId: me, kind: "proposalSubmitted" }]);

    // 5. Staff find it in the review queue, review it and file it: it gets the session's first number.
    const queue = await admin.proposal.list({ statuses: ["submitted"], order: "oldest" });
    expect(queue.items.map((i) => i.id)).toContain(p.id);
    expect(queue.items.find((i) => i.id === p.id)).toMatchObject({ proposerName: expect.stringContaining("等 2 人"), sessionLabel: "第十三届第五次会议" });
    p = await admin.proposal.startReview({ id: p.id, version: p.version });
    p = await admin.proposal.file({ id: p.id, version: p.version });
    expect(p).toMatchObject({ status: "filed", number: "13-5-001" });
    expect(await duty(p.id)).toEqual(
      expect.arrayContaining([
        { memberId: me, kind: "proposalFiledAsLead" },
        { memberId: cosignerId, kind: "proposalFiledAsCosigner" },
      ]),
    );

    // 6. Assigned to 市住建局 (lead) with 市交通运输局 (co-unit), three months to reply.
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
    expect(p.status).toBe("assigned");
    view = await lead.proposal.get({ id: p.id });
    expect(view.assignment!.units).toEqual([
      { handlingUnitId: zjj, role: "lead", name: "市住建局" },
      { handlingUnitId: jtj, role: "co", name: "市交通运输局" },
    ]);
    expect(view.my).toMatchObject({ unitRole: "lead" });
    expect(view.my.steps.map((s) => s.type)).toEqual(["returnAssignment", "reply"]);
    expect(view.deadlines.dueOn).toBeTruthy();

    // 7. A unit that was not assigned does not see it at all.
    expect((await refusal(otherUnit.proposal.get({ id: p.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(otherUnit.proposal.reply({ id: p.id, version: p.version, categoryCode: "A", text: "答复内容".repeat(10) }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await otherUnit.proposal.list({})).items).toEqual([]);

    // 8. The lead cannot reply before the co-unit's opinion is in; the co-unit cannot reply at all.
    expect(await refusal(lead.proposal.reply({ id: p.id, version: p.version, categoryCode: "B", text: "答复内容".repeat(10) }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("还有 1 个会办单位未提交会办意见"),
    });
    // Not the co-unit's step at all: refused for who it is, as its page offers no reply button.
    expect(await refusal(coUnit.proposal.reply({ id: p.id, version: p.version, categoryCode: "B", text: "答复内容".repeat(10) }))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("会办单位不直接答复"),
    });

    // 9. The co-unit drafts and sends its opinion; the lead unit drafts and sends its reply.
    await coUnit.proposal.saveLetterDraft({ id: p.id, kind: "coOpinion", text: "交通部门将配合做好小区周边道路照明。" });
    p = await coUnit.proposal.sendCoOpinion({ id: p.id, version: p.version, text: "交通部门将配合做好小区周边道路照明改造。" });
    await lead.proposal.saveLetterDraft({ id: p.id, kind: "reply", text: "草稿", categoryCode: "B" });
    expect((await lead.proposal.get({ id: p.id })).replies).toMatchObject([{ text: "草稿", sentAt: null }]);
    expect((await member.proposal.get({ id: p.id })).replies).toEqual([]);
    p = await lead.proposal.reply({
      id: p.id,
      version: p.version,
      categoryCode: "B",
      text: "已将老旧小区路灯改造列入明年城建计划，分两批实施，并明确物业和社区的维护责任。",
      signer: "李局长",
      contact: "王科长 0573-85000000",
    });
    expect(p.status).toBe("replied");

    // 10. The member reads the reply (not the units' letters between themselves) and is unsatisfied.
    view = await member.proposal.get({ id: p.id });
    expect(view.replies).toMatchObject([{ unitName: "市住建局", round: 0, categoryCode: "B", categoryLabel: "列入计划解决", signer: "李局长" }]);
    expect(view.coOpinions).toEqual([]);
    expect(view.my.steps.map((s) => s.type)).toEqual(["evaluate"]);
    expect((await cosigner.proposal.get({ id: p.id })).my.steps).toEqual([]);
    expect(await refusal(member.proposal.evaluate({ id: p.id, version: p.version, overall: "unsatisfied", dimensions: { contact: "satisfied", outcome: "unsatisfied" } }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("选择不满意时请写明原因"),
    });
    p = await member.proposal.evaluate({
      id: p.id,
      version: p.version,
      overall: "unsatisfied",
      dimensions: { contact: "satisfied", outcome: "unsatisfied" },
      comment: "没有明确改造时间表",
    });
    expect(p.status).toBe("rehandling");

    // 11. Handled again: the lead unit replies once more (no co-unit opinion is asked the second time).
    p = await lead.proposal.reply({ id: p.id, version: p.version, categoryCode: "A", text: "第一批 12 个小区路灯已于本月完成改造，第二批明年三月底前完成，时间表已在社区公示。" });
    expect(p.status).toBe("replied");

    // 12. Satisfied this time; staff close it.
    p = await member.proposal.evaluate({ id: p.id, version: p.version, overall: "satisfied", dimensions: { contact: "satisfied", outcome: "basicallySatisfied" } });
    expect(p.status).toBe("evaluated");
    p = await admin.proposal.close({ id: p.id, version: p.version });
    expect(p.status).toBe("closed");

    view = await member.proposal.get({ id: p.id });
    expect(view.replies.map((r) => [r.round, r.categoryCode])).toEqual([
      [0, "B"],
      [1, "A"],
    ]);
    expect(view.evaluations.map((e) => [e.round, e.overall])).toEqual([
      [0, "unsatisfied"],
      [1, "satisfied"],
    ]);

    // 13. The member's timeline tells the whole story, in order.
    const timeline = await member.proposal.timeline({ id: p.id });
    expect(timeline.map((t) => t.type)).toEqual([
      "created",
      "cosignersInvited",
      "cosignerConfirmed",
      "submit",
      "startReview",
      "file",
      "assign",
      "sendCoOpinion",
      "reply",
      "evaluate",
      "reply",
      "evaluate",
      "close",
    ]);
    expect(timeline.find((t) => t.type === "file")!.detail).toEqual({ number: "13-5-001" });
    expect(timeline.find((t) => t.type === "sendCoOpinion")!.unitName).toBe("市交通运输局");
    expect(timeline[1]!.memberNames).toHaveLength(1);

    // 14. Every change left an audit row.
    const audit = await api.db.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, p.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["proposal.create", "proposal.saveDraft", "proposal.cosign.confirmed", "proposal.submit", "proposal.file", "proposal.assign", "proposal.reply", "proposal.evaluate", "proposal.close"]),
    );
  });
});
