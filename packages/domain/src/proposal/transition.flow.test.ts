import { describe, expect, it } from "vitest";
import { zhejiangCityPreset as zj } from "../ruleSet/presets";
import type { ProposalEvent } from "./events";
import { newProposalState, type ProposalState } from "./state";
import type { ProposalActor, ProposalFacts } from "./step";
import {
  actorFor,
  coUnit,
  cosignerMember,
  factsAt,
  jointProposal,
  leadMember,
  leadUnit,
  otherMember,
  otherUnit,
  stateIn,
  validEvent,
} from "./testFixtures";
import { transition } from "./transition";

const admin: ProposalActor = { role: "admin" };
const member: ProposalActor = { role: "member", memberId: leadMember };
const lead: ProposalActor = { role: "handler", handlingUnitId: leadUnit };
const co: ProposalActor = { role: "handler", handlingUnitId: coUnit };

/** Applies a step that must succeed and returns the new state. */
function step(state: ProposalState, event: ProposalEvent, actor: ProposalActor, facts: ProposalFacts) {
  const r = transition(state, event, actor, facts, zj);
  if (!r.ok) throw new Error(`${event.type} refused: ${r.refusals.map((x) => x.message).join("；")}`);
  return r;
}

function reason(state: ProposalState, event: ProposalEvent, actor: ProposalActor, facts: ProposalFacts = factsAt("2024-03-20T10:00:00")) {
  const r = transition(state, event, actor, facts, zj);
  expect(r.ok).toBe(false);
  return r.ok ? "" : r.refusals.map((x) => x.message).join("；");
}

describe("a joint proposal from draft to closing", () => {
  it("goes through review, filing, assignment, an unsatisfied reply, re-handling once, and closing", () => {
    let s = newProposalState;
    const submitted = step(s, { type: "submit" }, member, factsAt("2024-01-10T09:00:00"));
    expect(submitted.effects.dutyEvents).toEqual([{ kind: "proposalSubmitted", memberId: leadMember, role: "lead", signers: 2 }]);
    s = submitted.state;
    s = step(s, { type: "startReview" }, admin, factsAt("2024-01-11T09:00:00")).state;
    s = step(s, { type: "returnForRevision", reasons: ["一案多事，请只保留路灯改造一事"] }, admin, factsAt("2024-01-11T10:00:00")).state;
    expect(s).toMatchObject({ status: "returned", returns: 1, returnReasons: ["一案多事，请只保留路灯改造一事"] });
    s = step(s, { type: "resubmit" }, member, factsAt("2024-01-12T09:00:00")).state;
    s = step(s, { type: "startReview" }, admin, factsAt("2024-01-13T09:00:00")).state;
    const filed = step(s, { type: "file", number: "13-2-015" }, admin, factsAt("2024-02-01T09:00:00"));
    expect(filed.effects.dutyEvents).toEqual([
      { kind: "proposalFiledAsLead", memberId: leadMember, role: "lead", signers: 2 },
      { kind: "proposalFiledAsCosigner", memberId: cosignerMember, role: "cosigner", signers: 2 },
    ]);
    s = filed.state;
    expect(s).toMatchObject({ status: "filed", number: "13-2-015", filedOn: "2024-02-01" });
    const key = step(s, validEvent("markKey", "admin"), admin, factsAt("2024-02-02T09:00:00"));
    expect(key.effects.dutyEvents).toEqual([{ kind: "keyProposal", memberId: leadMember, role: "lead", signers: 2 }]);
    s = key.state;
    s = step(s, { type: "assign", assignment: { mode: "joint", leadUnitId: leadUnit, coUnitIds: [coUnit] } }, admin, factsAt("2024-03-15T23:30:00")).state;
    expect(s).toMatchObject({ status: "assigned", dueOn: "2024-06-15", assignment: { assignedOn: "2024-03-15" } });
    s = step(s, { type: "sendCoOpinion" }, co, factsAt("2024-04-01T09:00:00")).state;
    s = step(s, { type: "reply", categoryCode: "B" }, lead, factsAt("2024-05-10T09:00:00")).state;
    expect(s).toMatchObject({ status: "replied", repliedOn: "2024-05-10" });
    const unhappy = { type: "evaluate", evaluation: { overall: "unsatisfied", dimensions: { contact: "basicallySatisfied", outcome: "unsatisfied" }, comment: "未见实质进展" } } as const;
    s = step(s, unhappy, member, factsAt("2024-05-20T09:00:00")).state;
    expect(s).toMatchObject({ status: "rehandling", rehandlings: 1, dueOn: "2024-06-20", repliedOn: null });
    s = step(s, { type: "reply", categoryCode: "A" }, lead, factsAt("2024-06-10T09:00:00")).state;
    expect(s).toMatchObject({ status: "replied", repliedOn: "2024-06-10" });
    expect(s.replies.map((r) => [r.categoryCode, r.round])).toEqual([
      ["B", 0],
      ["A", 1],
    ]);
    // Unsatisfied again: recorded, but no second re-handling.
    s = step(s, unhappy, member, factsAt("2024-06-15T09:00:00")).state;
    expect(s).toMatchObject({ status: "evaluated", rehandlings: 1, evaluation: { overall: "unsatisfied", round: 1 } });
    s = step(s, { type: "close" }, admin, factsAt("2024-06-16T09:00:00")).state;
    expect(s.status).toBe("closed");
    expect(s.closedUnevaluated).toBe(false);
  });

  it("takes a split assignment as replied only when every unit has replied", () => {
    const split: ProposalEvent = { type: "assign", assignment: { mode: "split", unitIds: [leadUnit, otherUnit] } };
    let s = step(stateIn.filed, split, admin, factsAt("2024-03-15T09:00:00")).state;
    s = step(s, { type: "reply", categoryCode: "A" }, lead, factsAt("2024-04-01T09:00:00")).state;
    expect(s.status).toBe("assigned");
    expect(reason(s, { type: "reply", categoryCode: "A" }, lead)).toBe("本单位已答复");
    s = step(s, { type: "reply", categoryCode: "C" }, { role: "handler", handlingUnitId: otherUnit }, factsAt("2024-04-02T09:00:00")).state;
    expect(s).toMatchObject({ status: "replied", repliedOn: "2024-04-02" });
  });
});

describe("preconditions, each refused with its reason", () => {
  const incomplete = { ...jointProposal, suggestions: "多装灯" };
  const pending = { ...jointProposal, proposer: { kind: "joint" as const, memberId: leadMember, cosigners: [{ memberId: cosignerMember, status: "invited" as const }] } };

  it("submit: complete text and every co-signer answered", () => {
    expect(reason(newProposalState, { type: "submit" }, member, factsAt("2024-01-10T09:00:00", incomplete))).toBe("建议至少 20 个字，请提出具体可行的建议");
    expect(reason(newProposalState, { type: "submit" }, member, factsAt("2024-01-10T09:00:00", pending))).toBe(
      "还有 1 位联名委员未确认，请等待确认或移除后再提交；联名提案至少需要一位委员确认联名；无人联名的，请改为个人提案",
    );
    expect(reason(stateIn.returned, { type: "resubmit" }, member, factsAt("2024-01-10T09:00:00", incomplete))).toBe("建议至少 20 个字，请提出具体可行的建议");
  });

  it("a member acts only on a proposal they lead", () => {
    const cosigner = { role: "member" as const, memberId: cosignerMember };
    expect(reason(newProposalState, { type: "submit" }, cosigner)).toBe("只有第一提案人（集体提案为其联系人）可以提交");
    expect(reason(stateIn.replied, validEvent("evaluate", "member"), { role: "member", memberId: otherMember })).toBe("只有第一提案人（集体提案为其联系人）可以测评");
    const collective = { ...jointProposal, proposer: { kind: "participatingUnit" as const, participatingUnitId: "p1", contactMemberId: null } };
    expect(reason(newProposalState, { type: "submit" }, member, factsAt("2024-01-10T09:00:00", collective))).toMatch(/^只有第一提案人/);
    expect(step(newProposalState, { type: "submit" }, admin, factsAt("2024-01-10T09:00:00", collective)).effects.dutyEvents).toEqual([]);
  });

  it("return for revision: reasons required", () => {
    expect(reason(stateIn.underReview, { type: "returnForRevision", reasons: ["", ""] }, admin)).toBe("请写明退回修改的理由，便于提案者修改");
  });

  it("file: a number in the term–session–serial form", () => {
    expect(reason(stateIn.underReview, { type: "file", number: "2024-15" }, admin)).toBe("提案编号格式应为 届-次-序号，如 13-2-015");
  });

  it("not file: a ground from the rule set, with the conversion recorded", () => {
    expect(reason(stateIn.underReview, { type: "notFile", groundCode: "boring", conversion: "letter" }, admin)).toBe("请从本会规则列出的不予立案理由中选择一项");
    const r = step(stateIn.underReview, { type: "notFile", groundCode: "personal", conversion: "letter" }, admin, factsAt("2024-02-01T09:00:00"));
    expect(r.state.notFiled).toEqual({ groundCode: "personal", conversion: "letter" });
  });

  it("merge and key proposal: once each", () => {
    const merged = step(stateIn.filed, { type: "merge", mergeGroupId: "g1" }, admin, factsAt("2024-02-02T09:00:00")).state;
    expect(reason(merged, { type: "merge", mergeGroupId: "g2" }, admin)).toBe("该提案已并案，不能再并入其他并案组");
    const key = step(stateIn.filed, validEvent("markKey", "admin"), admin, factsAt("2024-02-02T09:00:00")).state;
    expect(key.keyProposal).toEqual({ sponsorName: "张三", sponsorTitle: "副市长", followUpOn: "2024-11-30", markedOn: "2024-02-02" });
    expect(reason(key, validEvent("markKey", "admin"), admin)).toBe("该提案已是重点提案");
    const past = { type: "markKey", keyProposal: { sponsorName: "张三", sponsorTitle: "副市长", followUpOn: "2024-01-01" } } as const;
    expect(reason(stateIn.filed, past, admin)).toBe("回头看日期不能早于今天");
  });

  it("return of a wrongly assigned proposal: by an assigned unit, with a reason, within the window, before any reply", () => {
    const ret = (reasonText: string) => ({ type: "returnAssignment", reason: reasonText }) as const;
    expect(reason(stateIn.assigned, ret("不属于本单位职责"), { role: "handler", handlingUnitId: otherUnit })).toBe("本单位不是该事项的承办单位");
    expect(reason(stateIn.assigned, ret(""), lead)).toBe("请写明退回理由（如不属于本单位职责），便于重新交办");
    // Assigned on 15 March, ten days: the 25th is the last day, the 26th is too late.
    expect(step(stateIn.assigned, ret("不属于本单位职责"), lead, factsAt("2024-03-25T23:59:00")).state).toMatchObject({
      status: "assignmentReturned",
      dueOn: null,
      assignmentReturn: { handlingUnitId: leadUnit, returnedOn: "2024-03-25" },
    });
    expect(reason(stateIn.assigned, ret("不属于本单位职责"), lead, factsAt("2024-03-26T00:00:00"))).toBe(
      "交办已超过 10 天（退回期限至 2024-03-25），不能再退回；如确属交办不当，请联系办公室直接重新交办",
    );
    const splitReplied = { ...stateIn.assigned, replies: [{ handlingUnitId: coUnit, categoryCode: "A", round: 0, repliedOn: "2024-03-18" }] };
    expect(reason(splitReplied, ret("不属于本单位职责"), lead)).toBe("已有承办单位作出答复，不能整体退回；如需调整，请联系办公室");
  });

  it("reassignment restarts the handling time", () => {
    const s = step(stateIn.assignmentReturned, validEvent("assign", "admin"), admin, factsAt("2024-03-28T09:00:00")).state;
    expect(s).toMatchObject({ status: "assigned", dueOn: "2024-06-28", assignment: { assignedOn: "2024-03-28" }, coOpinions: [], replies: [] });
  });

  it("co-units give opinions; the lead replies after all of them", () => {
    expect(reason(stateIn.assigned, { type: "sendCoOpinion" }, lead)).toBe("本单位是答复单位，无需提交会办意见，请直接答复");
    expect(reason(stateIn.assigned, { type: "sendCoOpinion" }, { role: "handler", handlingUnitId: otherUnit })).toBe("本单位不是该事项的承办单位");
    const sent = step(stateIn.assigned, { type: "sendCoOpinion" }, co, factsAt("2024-03-20T09:00:00")).state;
    expect(reason(sent, { type: "sendCoOpinion" }, co)).toBe("本单位已提交会办意见");
    expect(reason(stateIn.assigned, { type: "reply", categoryCode: "A" }, lead)).toBe("还有 1 个会办单位未提交会办意见，请催办并汇总后再答复");
    expect(reason(sent, { type: "reply", categoryCode: "A" }, co)).toBe("会办单位不直接答复，请向主办单位提交会办意见");
    expect(reason(sent, { type: "reply", categoryCode: "Z" }, lead)).toBe("答复类别须为 A（已解决或采纳）、B（列入计划解决）、C（留作参考） 之一");
  });

  it("staff entering a unit's paper must name the unit; a unit cannot act for another", () => {
    expect(reason(stateIn.assigned, { type: "sendCoOpinion" }, admin)).toBe("代承办单位录入时，请选择承办单位");
    expect(reason(stateIn.assigned, { type: "sendCoOpinion", handlingUnitId: otherUnit }, co)).toBe("不能代其他承办单位操作");
    expect(reason(stateIn.assigned, { type: "sendCoOpinion" }, { role: "handler" })).toBe("当前账号未关联承办单位，请联系市政协办公室");
  });

  it("evaluation: every dimension the rule set asks for, and a reason when unsatisfied", () => {
    const ev = (evaluation: { overall: string; dimensions: Record<string, string>; comment?: string }) => ({ type: "evaluate", evaluation }) as const;
    expect(reason(stateIn.replied, ev({ overall: "satisfied", dimensions: { contact: "satisfied" } }), member)).toBe("请对「办理实效」作出评价");
    expect(reason(stateIn.replied, ev({ overall: "unsatisfied", dimensions: { contact: "satisfied", outcome: "unsatisfied" } }), member)).toBe(
      "选择不满意时请写明原因，便于承办单位重新办理",
    );
    expect(reason(stateIn.replied, ev({ overall: "great", dimensions: { contact: "satisfied", outcome: "satisfied" } }), member)).toBe("总体评价须为满意、基本满意、不满意之一");
  });

  it("close: straight after an evaluation, or unevaluated only once the window has run out", () => {
    // Replied on 10 May, thirty days: staff may close unevaluated from 10 June.
    expect(reason(stateIn.replied, { type: "close" }, admin, factsAt("2024-06-09T20:00:00"))).toBe(
      "答复后 30 天内提案者可以测评（截至 2024-06-09），期满仍未测评方可办结",
    );
    expect(step(stateIn.replied, { type: "close" }, admin, factsAt("2024-06-10T00:00:00")).state).toMatchObject({ status: "closed", closedUnevaluated: true });
    expect(step(stateIn.evaluated, { type: "close" }, admin, factsAt("2024-05-21T09:00:00")).state.status).toBe("closed");
  });

  it("refuses without touching the state it was given", () => {
    const before = structuredClone(stateIn.assigned);
    transition(stateIn.assigned, { type: "reply", categoryCode: "A" }, actorFor("handler", "reply"), factsAt("2024-03-20T09:00:00"), zj);
    expect(stateIn.assigned).toEqual(before);
  });
});
