import { dutyLedgerLive, proposalAssignment, proposalReview } from "@cppcc/db";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import {
  ageProposal,
  demoMemberId,
  draft,
  extraLogin,
  filed,
  otherMembers,
  refusal,
  sessionIds,
  shanghaiDay,
  underReview,
  unitId,
} from "./fixtures";

/** The office's and the units' steps: review rounds, not filing, merging, key proposals, returns, deadlines. */
let api: TestApi;
let admin: Caller;
let member: Caller;
let handler: Caller;
let me: string;
let sessionId: string;
let zjj: string;
let jtj: string;
let jyj: string;
let proposers: string[];
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  handler = (await api.loginAs("handler")).caller;
  me = await demoMemberId(api);
  sessionId = (await sessionIds(api)).get(5)!;
  [zjj, jtj, jyj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局"), unitId(api, "市教育局")]);
  proposers = (await otherMembers(api, 10, [me])).map((m) => m.id);
});
afterAll(() => api?.close());

describe("review: 三审一退", () => {
  it("returns for revision with reasons until the last round, which must decide", async () => {
    let p = await draft(member, sessionId, me);
    p = await member.proposal.submit({ id: p.id, version: p.version });
    for (const reason of ["一案多事，请只保留路灯改造一事", "建议部分过于笼统，请提出具体措施"]) {
      p = await admin.proposal.startReview({ id: p.id, version: p.version });
      p = await admin.proposal.returnForRevision({ id: p.id, version: p.version, reasons: [reason, ""] });
      expect(p.status).toBe("returned");
      const view = await member.proposal.get({ id: p.id });
      expect(view.returnReasons).toEqual([reason]);
      expect(view.my.steps.map((s) => s.type)).toEqual(["withdraw", "resubmit"]);
      p = await member.proposal.saveDraft({ id: p.id, version: p.version, suggestions: `${view.suggestions}修改${reason.length}` });
      p = await member.proposal.resubmit({ id: p.id, version: p.version });
    }
    p = await admin.proposal.startReview({ id: p.id, version: p.version });
    expect(await refusal(admin.proposal.returnForRevision({ id: p.id, version: p.version, reasons: ["再改一次"] }))).toEqual({
      code: "BAD_REQUEST",
      message: "本提案已审查 3 轮，已达规则规定的 3 轮上限，不能再退回修改，请作出立案或不予立案的决定",
    });
    p = await admin.proposal.file({ id: p.id, version: p.version });
    const reviews = await api.db.db.select().from(proposalReview).where(eq(proposalReview.proposalId, p.id)).orderBy(asc(proposalReview.round));
    expect(reviews.map((r) => [r.round, r.decision])).toEqual([
      [1, "returned"],
      [2, "returned"],
      [3, "filed"],
    ]);
  });

  it("refuses a step in the wrong state, and by the wrong role, with the reason", async () => {
    let p = await draft(admin, sessionId, proposers[0]!);
    p = await admin.proposal.submit({ id: p.id, version: p.version });
    expect(await refusal(admin.proposal.file({ id: p.id, version: p.version }))).toEqual({
      code: "BAD_REQUEST",
      message: "提案当前为「已提交」，不能立案（仅「审查中」时可以立案）",
    });
    expect((await refusal(member.proposal.startReview({ id: p.id, version: p.version }))).code).toBe("FORBIDDEN");
    expect((await refusal(handler.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } }))).code).toBe(
      "FORBIDDEN",
    );
    // The version travels: a stale one is refused before anything else.
    expect((await refusal(admin.proposal.startReview({ id: p.id, version: p.version - 1 }))).code).toBe("CONFLICT");
  });

  it("does not file with a ground outside the rule set, and records the one chosen", async () => {
    let p = await underReview(admin, sessionId, proposers[1]!);
    expect((await refusal(admin.proposal.notFile({ id: p.id, version: p.version, groundCode: "dislike", conversion: "none" }))).message).toBe(
      "请从本会规则列出的不予立案理由中选择一项",
    );
    p = await admin.proposal.notFile({ id: p.id, version: p.version, groundCode: "vague", conversion: "opinionReport" });
    expect(p).toMatchObject({ status: "notFiled", number: null });
    const view = await admin.proposal.get({ id: p.id });
    expect(view.notFiled).toEqual({ groundCode: "vague", conversion: "opinionReport", groundLabel: "内容空泛、没有具体建议的" });
    expect(await api.db.db.select().from(dutyLedgerLive).where(and(eq(dutyLedgerLive.sourceId, p.id), eq(dutyLedgerLive.kind, "proposalFiledAsLead")))).toEqual([]);
  });
});

describe("merging: 并案办理，分别答复", () => {
  it("assigns the group as one and gives every proposer the reply on their own proposal", async () => {
    const a = await filed(admin, sessionId, me);
    const b = await filed(admin, sessionId, proposers[2]!);
    const notYet = await underReview(admin, sessionId, proposers[3]!);
    expect((await refusal(admin.proposal.merge({ proposals: [a, notYet].map((p) => ({ id: p.id, version: p.version })) }))).message).toContain(
      "只有已立案、尚未交办的提案可以并案",
    );
    const merged = await admin.proposal.merge({ proposals: [b, a].map((p) => ({ id: p.id, version: p.version })), note: "均反映路灯问题" });
    expect(merged.primaryProposalId).toBe(a.id);
    const group = (await admin.proposal.get({ id: b.id })).mergeGroup!;
    expect(group.proposals.map((p) => p.id)).toEqual([a.id, b.id]);

    const va = merged.proposals.find((p) => p.id === a.id)!;
    await admin.proposal.assign({ id: a.id, version: va.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    const vb = await handler.proposal.get({ id: b.id });
    expect(vb.status).toBe("assigned");
    await handler.proposal.reply({ id: b.id, version: vb.version, categoryCode: "A", text: "两件提案所提路灯问题已统一纳入改造计划并全部完成。" });
    for (const p of [a, b]) {
      const view = await admin.proposal.get({ id: p.id });
      expect(view.status).toBe("replied");
      expect(view.replies).toMatchObject([{ categoryCode: "A", unitName: "市住建局" }]);
    }
    expect((await member.proposal.get({ id: a.id })).replies).toHaveLength(1);
  });
});

describe("key proposals: 领办 and 回头看", () => {
  it("records the sponsor, credits the first proposer, and the follow-up review", async () => {
    const p = await filed(admin, sessionId, me);
    expect((await refusal(admin.proposal.markKey({ id: p.id, version: p.version, keyProposal: { sponsorName: "张三", sponsorTitle: "副市长", followUpOn: "2020-01-01" } }))).message).toBe(
      "回头看日期不能早于今天",
    );
    await admin.proposal.markKey({ id: p.id, version: p.version, keyProposal: { sponsorName: "张三", sponsorTitle: "副市长", followUpOn: shanghaiDay(0) } });
    expect(await api.db.db.select({ kind: dutyLedgerLive.kind }).from(dutyLedgerLive).where(and(eq(dutyLedgerLive.sourceId, p.id), eq(dutyLedgerLive.kind, "keyProposal")))).toHaveLength(1);
    let keys = await admin.proposal.keyProposals({ sessionId });
    expect(keys.find((k) => k.id === p.id)).toMatchObject({ sponsorName: "张三", sponsorTitle: "副市长", followUpDue: true });
    await admin.proposal.recordFollowUp({ id: p.id, heldOn: shanghaiDay(0), note: "已实地查看" });
    keys = await admin.proposal.keyProposals({});
    expect(keys.find((k) => k.id === p.id)).toMatchObject({ followUpHeldOn: shanghaiDay(0), followUpDue: false });
    expect((await member.proposal.get({ id: p.id })).keyProposal).toMatchObject({ sponsorName: "张三" });
    const other = await filed(admin, sessionId, proposers[4]!);
    expect((await refusal(admin.proposal.recordFollowUp({ id: other.id, heldOn: shanghaiDay(0) }))).code).toBe("NOT_FOUND");
  });
});

describe("units: returning a wrong assignment, co-units, splits", () => {
  it("lets a unit return it within the window, after which staff assign it again elsewhere", async () => {
    let p = await filed(admin, sessionId, proposers[5]!);
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    expect((await refusal(handler.proposal.returnAssignment({ id: p.id, version: p.version, reason: "  " }))).code).toBe("BAD_REQUEST");
    p = await handler.proposal.returnAssignment({ id: p.id, version: p.version, reason: "学校周边交通不属于本局职责" });
    expect(p.status).toBe("assignmentReturned");
    const view = await admin.proposal.get({ id: p.id });
    expect(view.assignmentReturn).toMatchObject({ handlingUnitId: zjj, unitName: "市住建局", reason: "学校周边交通不属于本局职责" });
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: jyj, coUnitIds: [jtj] } });
    // The unit that returned it no longer sees it; the new units do.
    expect((await refusal(handler.proposal.get({ id: p.id }))).code).toBe("NOT_FOUND");
    const rows = await api.db.db.select().from(proposalAssignment).where(eq(proposalAssignment.proposalId, p.id)).orderBy(asc(proposalAssignment.round));
    expect(rows.map((r) => [r.round, r.role, r.active, r.returnReason])).toEqual([
      [1, "lead", false, "学校周边交通不属于本局职责"],
      [2, "lead", true, null],
      [2, "co", true, null],
    ]);
  });

  it("refuses a return after the rule set's days, naming them", async () => {
    let p = await filed(admin, sessionId, proposers[6]!);
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    await ageProposal(api, p.id, (s) => ({ ...s, assignment: { ...s.assignment!, assignedOn: shanghaiDay(-11) } }));
    const version = (await handler.proposal.get({ id: p.id })).version;
    expect((await refusal(handler.proposal.returnAssignment({ id: p.id, version, reason: "不属于本局职责" }))).message).toBe(
      `交办已超过 10 天（退回期限至 ${shanghaiDay(-1)}），不能再退回；如确属交办不当，请联系办公室直接重新交办`,
    );
  });

  it("waits for every unit of a split before the proposal counts as replied", async () => {
    const education = await extraLogin(api, "handler", jyj);
    let p = await filed(admin, sessionId, proposers[7]!);
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "split", unitIds: [zjj, jyj] } });
    p = await handler.proposal.reply({ id: p.id, version: p.version, categoryCode: "A", text: "住建部分：路灯改造已完成并验收合格，运行正常。" });
    expect(p.status).toBe("assigned");
    expect((await refusal(handler.proposal.reply({ id: p.id, version: p.version, categoryCode: "A", text: "住建部分：再答复一次，内容相同的答复函。" }))).message).toBe(
      "本单位已答复",
    );
    p = await education.proposal.reply({ id: p.id, version: p.version, categoryCode: "C", text: "教育部分：学校照明改造需待明年预算安排后统筹考虑。" });
    expect(p.status).toBe("replied");
    // Staff enter a unit's paper letter by naming the unit; they must name one.
    const q = await filed(admin, sessionId, proposers[8]!);
    const a = await admin.proposal.assign({ id: q.id, version: q.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    expect((await refusal(admin.proposal.reply({ id: q.id, version: a.version, categoryCode: "A", text: "纸质答复函录入：所提路灯改造事项已全部完成并验收。" }))).message).toBe(
      "代承办单位录入时，请选择承办单位",
    );
    const entered = await admin.proposal.reply({ id: q.id, version: a.version, categoryCode: "A", text: "纸质答复函录入：所提路灯改造事项已全部完成并验收。", handlingUnitId: zjj });
    expect(entered.status).toBe("replied");
  });
});

describe("deadlines", () => {
  it("lists overdue replies and opinions, most overdue first; a unit sees its own", async () => {
    let p = await filed(admin, sessionId, proposers[9]!);
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
    expect((await admin.proposal.overdue({})).filter((t) => t.proposalId === p.id)).toEqual([]);
    await ageProposal(api, p.id, (s) => ({ ...s, assignment: { ...s.assignment!, assignedOn: shanghaiDay(-100) }, dueOn: shanghaiDay(-8) }));
    const all = (await admin.proposal.overdue({})).filter((t) => t.proposalId === p.id);
    expect(all.map((t) => [t.unitName, t.role, t.daysOverdue])).toEqual([
      ["市交通运输局", "co", 70],
      ["市住建局", "lead", 8],
    ]);
    expect((await handler.proposal.overdue({})).map((t) => t.handlingUnitId)).toEqual([zjj]);
    expect((await admin.proposal.overdue({ handlingUnitId: jtj })).map((t) => t.role)).toEqual(["co"]);
  });

  it("closes an unevaluated proposal only after the evaluation window", async () => {
    let p = await filed(admin, sessionId, me);
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    p = await handler.proposal.reply({ id: p.id, version: p.version, categoryCode: "B", text: "已列入明年城建计划，届时将分两批实施改造工作。" });
    expect((await refusal(admin.proposal.close({ id: p.id, version: p.version }))).message).toContain("答复后 30 天内提案者可以测评");
    await ageProposal(api, p.id, (s) => ({ ...s, repliedOn: shanghaiDay(-31) }));
    const view = await admin.proposal.get({ id: p.id });
    p = await admin.proposal.close({ id: p.id, version: view.version });
    expect(p.status).toBe("closed");
    expect((await member.proposal.get({ id: p.id })).closedUnevaluated).toBe(true);
  });
});
