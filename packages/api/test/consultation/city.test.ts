import { dutyLedgerLive, termSession } from "@cppcc/db";
import { quarterOf } from "@cppcc/domain";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId, daysFromToday, demoMemberId, errorOf, today, unitId } from "./fixtures";

/** A city consultation: annual plan → consultation → invite → leave and check-in → suggestions → outcome → adoption feedback. */
let api: TestApi;
let admin: Caller;
let member: Caller;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
});
afterAll(() => api?.close());

const year = Number(today().slice(0, 4));
const quarter = quarterOf(today());

describe("the annual plan", () => {
  it("is drafted, approved and then locked", async () => {
    const economy = await committeeId(api, "经济委员会");
    const item = { formatCode: "pleaseComeToConsult" as const, topic: "优化营商环境请你来协商", quarter, leadCommitteeId: economy };
    // A format that needs a lead committee is refused without one, with the item named.
    const missing = await errorOf(admin.consultation.plan.save({ year, version: null, items: [{ ...item, leadCommitteeId: null }] }));
    expect(missing.code).toBe("BAD_REQUEST");
    expect(missing.message).toContain("第 1 项：「请你来协商」须确定牵头专委会");

    const created = await admin.consultation.plan.save({ year, version: null, items: [item] });
    const firstId = (await admin.consultation.plan.get({ year }))!.items[0]!.id;
    // Items keep their ids across saves (a consultation may already follow one); new ones are added, missing ones removed.
    const extra = { formatCode: "topicalConsultation" as const, topic: "数字经济专题协商", quarter: null, leadCommitteeId: economy };
    const widened = await admin.consultation.plan.save({ year, version: created.version, items: [{ ...item, id: firstId }, extra] });
    expect((await admin.consultation.plan.get({ year }))!.items.map((i) => [i.id === firstId, i.topic])).toEqual([
      [true, item.topic],
      [false, extra.topic],
    ]);
    const draft = await admin.consultation.plan.save({ year, version: widened.version, items: [{ ...item, id: firstId }] });
    const saved = await admin.consultation.plan.get({ year });
    expect(saved!.items.map((i) => i.id)).toEqual([firstId]);
    expect(saved).toMatchObject({ state: "draft", items: [{ topic: "优化营商环境请你来协商", leadCommitteeName: "经济委员会", progress: "due" }] });
    const stale = await errorOf(admin.consultation.plan.save({ year, version: draft.version - 1, items: [item] }));
    expect(stale.code).toBe("CONFLICT");

    const approved = await admin.consultation.plan.approve({ year, version: saved!.version });
    expect(approved.state).toBe("approved");
    // Approving again is one approval; editing an approved plan is refused with the reason.
    expect((await admin.consultation.plan.approve({ year, version: saved!.version })).version).toBe(approved.version);
    const locked = await errorOf(admin.consultation.plan.save({ year, version: approved.version, items: [item] }));
    expect(locked.message).toBe(`${year} 年度协商计划已批准并锁定，不能再修改`);
    expect((await admin.consultation.plan.list()).items.map((p) => [p.year, p.state, p.itemCount])).toEqual([[year, "approved", 1]]);
  });
});

describe("a 请你来协商 consultation", () => {
  it("runs from the plan to adoption feedback, and the counts follow", async () => {
    const plan = await admin.consultation.plan.get({ year });
    const planItem = plan!.items[0]!;
    const unit = await unitId(api, "市住建局");
    const me = await demoMemberId(api);

    // A draft is judged as a whole against its format.
    const bad = await errorOf(admin.consultation.create({ title: "营商环境", formatCode: "pleaseComeToConsult", year, mode: "online" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toContain("须由专委会牵头");
    expect(bad.message).toContain("须至少选择一个对口部门");
    expect(bad.message).toContain("不能采用「线上」方式");

    const created = await admin.consultation.create({
      title: "优化营商环境请你来协商",
      formatCode: "pleaseComeToConsult",
      year,
      quarter,
      leadCommitteeId: planItem.leadCommitteeId,
      handlingUnitIds: [unit],
      planItemId: planItem.id,
      plannedDate: today(),
      venue: "市政协三楼会议室",
    });
    expect(created).toMatchObject({ state: "draft", level: "city", townshipId: null });
    const planned = await admin.consultation.transition({ id: created.id, version: created.version, event: { type: "plan" } });

    // Invite the lead committee and the demo member by name; sending it twice invites nobody twice.
    const selection = { committeeIds: [planItem.leadCommitteeId!], memberIds: [me] };
    const first = await admin.consultation.invitation.invite({ consultationId: created.id, selection });
    const again = await admin.consultation.invitation.invite({ consultationId: created.id, selection });
    expect(first.invited).toBeGreaterThan(2);
    expect(again).toEqual({ invited: 0, renewed: 0, alreadyInvited: first.invited });

    const scheduled = await admin.consultation.transition({ id: created.id, version: planned.version, event: { type: "schedule", date: today() } });
    expect(scheduled.state).toBe("scheduled");

    // One member asks for leave by phone (the office records it) and is excused; the demo member accepts.
    const list = await admin.consultation.invitation.list({ consultationId: created.id, limit: 200 });
    const other = list.items.find((i) => i.memberId !== me)!;
    const asked = await admin.consultation.invitation.reply({ id: other.id, version: other.version, type: "requestLeave", reason: "出差在外" });
    await admin.consultation.invitation.decide({ id: other.id, version: asked.version, type: "approveLeave" });
    const mine = (await member.consultation.invitation.mine()).items.find((i) => i.consultationId === created.id)!;
    await member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "accept" });

    // Check-in by code, a speech, and suggestions from the member and a department's representative.
    const code = await admin.consultation.checkIn.issueCode({ consultationId: created.id });
    await member.consultation.checkIn.scan({ token: code.token });
    await admin.consultation.speech.record({ consultationId: created.id, memberId: me, kind: "oral", title: "关于减少涉企检查的发言" });
    const mySuggestion = await member.consultation.suggestion.submit({
      consultationId: created.id,
      content: "建议推行涉企检查“综合查一次”",
      category: "economy",
    });
    expect(mySuggestion).toMatchObject({ authorKind: "member", authorMemberId: me, townshipId: null });
    await admin.consultation.suggestion.record({
      consultationId: created.id,
      content: "建议设立企业诉求快速响应专线",
      category: "economy",
      authorKind: "departmentRepresentative",
      authorName: "市住建局 李科长",
      authorUnitId: unit,
    });
    const badCategory = await errorOf(
      member.consultation.suggestion.submit({ consultationId: created.id, content: "建议增加停车位数量", category: "parking" }),
    );
    expect(badCategory.message).toBe("请选择意见建议分类");

    // Held: attendance, leave and absence settle in the duty record.
    const detail = await admin.consultation.get({ id: created.id });
    expect(detail.counts).toMatchObject({ attendance: 1, speeches: 1, suggestions: { recorded: 2 } });
    expect(detail.counts.invitations).toMatchObject({ accepted: 1, leaveApproved: 1 });
    expect(detail.planItem?.topic).toBe("优化营商环境请你来协商");
    const held = await admin.consultation.transition({ id: created.id, version: detail.version, event: { type: "hold" } });
    const duty = await api.db.db.select({ kind: dutyLedgerLive.kind, memberId: dutyLedgerLive.memberId }).from(dutyLedgerLive).where(eq(dutyLedgerLive.sourceId, created.id));
    expect(duty.filter((d) => d.kind === "consultationAttendance").map((d) => d.memberId)).toEqual([me]);
    expect(duty.filter((d) => d.kind === "consultationLeave").map((d) => d.memberId)).toEqual([other.memberId]);
    expect(duty.filter((d) => d.kind === "consultationAbsence")).toHaveLength(first.invited - 2);
    const speechDuty = await api.db.db
      .select()
      .from(dutyLedgerLive)
      .where(and(eq(dutyLedgerLive.memberId, me), eq(dutyLedgerLive.kind, "consultationSpeech")));
    expect(speechDuty).toHaveLength(1);

    // The outcome the format expects, then the decision makers' adoption and a follow-up date.
    const wrongKind = await errorOf(
      admin.consultation.transition({
        id: created.id,
        version: held.version,
        event: { type: "submitOutcome", outcome: { kind: "recommendation", title: "关于优化营商环境的建议案" } },
      }),
    );
    expect(wrongKind.message).toBe("「请你来协商」的成果应为协商报告");
    const submitted = await admin.consultation.transition({
      id: created.id,
      version: held.version,
      event: { type: "submitOutcome", outcome: { kind: "consultationReport", title: "关于优化营商环境的协商报告", document: "……" } },
    });
    const feedback = await admin.consultation.transition({
      id: created.id,
      version: submitted.version,
      event: { type: "recordFeedback", adoption: "partlyAdopted", feedback: "市政府已研究部分采纳", followUpDate: daysFromToday(90) },
    });
    expect(feedback).toMatchObject({ state: "feedbackReceived", adoption: "partlyAdopted", followUpDate: daysFromToday(90), outcomeKind: "consultationReport" });
    const closed = await admin.consultation.transition({ id: created.id, version: feedback.version, event: { type: "close" } });
    expect(closed.state).toBe("closed");

    // The plan shows the item done; the statistics count the event and its suggestions.
    const progress = await admin.consultation.plan.get({ year });
    expect(progress!.items[0]).toMatchObject({ progress: "done", consultation: { id: created.id, state: "closed" } });
    expect(progress!.doneRatio).toBe(1);
    const stats = await admin.consultation.stats({ fromYear: year, toYear: year });
    expect(stats.byFormat).toEqual([
      {
        formatCode: "pleaseComeToConsult",
        formatName: "请你来协商",
        total: 1,
        events: 1,
        suggestions: 2,
        suggestionsClosed: 0,
        membersPresent: 1,
        participants: 0,
        participations: 1,
        speeches: 1,
      },
    ]);
    expect(stats.rows).toEqual([
      {
        year,
        formatCode: "pleaseComeToConsult",
        formatName: "请你来协商",
        state: "closed",
        consultations: 1,
        suggestions: 2,
        suggestionsClosed: 0,
        membersPresent: 1,
        participants: 0,
        participations: 1,
        speeches: 1,
      },
    ]);
    const listed = await admin.consultation.list({ year, formatCode: "pleaseComeToConsult", state: "closed" });
    expect(listed.items.map((c) => [c.title, c.suggestionCount, c.openSuggestionCount])).toEqual([["优化营商环境请你来协商", 2, 2]]);
  });

  it("reports counts across formats and years, and pages the list by keyset", async () => {
    // Enough cancelled drafts to page through; cancelled ones are not events.
    for (let i = 0; i < 5; i++) {
      const c = await admin.consultation.create({ title: `专题协商第${i + 1}次座谈会`, formatCode: "topicalConsultation", year, leadCommitteeId: await committeeId(api, "提案委员会") });
      await admin.consultation.transition({ id: c.id, version: c.version, event: { type: "cancel", reason: "议题合并" } });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin.consultation.list>> = await admin.consultation.list({ limit: 2, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    const stats = await admin.consultation.stats();
    expect(stats.byFormat.find((f) => f.formatCode === "topicalConsultation")).toMatchObject({ total: 5, events: 0 });
    expect(stats.totals).toEqual({
      consultations: 6,
      events: 1,
      suggestions: 2,
      suggestionsClosed: 0,
      membersPresent: 1,
      participants: 0,
      participations: 1,
      speeches: 1,
    });
    expect((await errorOf(admin.consultation.list({ cursor: "garbage" }))).code).toBe("BAD_REQUEST");
  });

  it("invites the proposers of linked proposals to a proposal-handling consultation", async () => {
    const me = await demoMemberId(api);
    const [session] = await api.db.db.select({ id: termSession.id }).from(termSession).orderBy(desc(termSession.number)).limit(1);
    const proposal = await member.proposal.create({ sessionId: session!.id, proposer: { kind: "member", memberId: me }, title: "关于老旧小区加装电梯的建议" });
    const unknown = await errorOf(
      admin.consultation.create({
        title: "加装电梯提案办理协商",
        formatCode: "proposalHandlingConsultation",
        year,
        leadCommitteeId: await committeeId(api, "提案委员会"),
        linkedProposalIds: ["00000000-0000-4000-8000-000000000001"],
      }),
    );
    expect(unknown.message).toContain("关联的提案有的不存在，请重新选择");
    const c = await admin.consultation.create({
      title: "加装电梯提案办理协商",
      formatCode: "proposalHandlingConsultation",
      year,
      leadCommitteeId: await committeeId(api, "提案委员会"),
      linkedProposalIds: [proposal.id],
    });
    const { selection } = await admin.consultation.invitation.defaultSelection({ consultationId: c.id });
    expect(selection.memberIds).toEqual([me]);
  });
});
