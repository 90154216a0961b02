import { assignedUnitsOf, coUnitsOf, replyingUnitsOf, roleOfUnit, type AssignmentInput } from "./assignment";
import { isPastDay } from "../calendar";
import { handlingDueOn, returnLastDay } from "./deadline";
import { dutyEventsOnKeyProposal } from "./dutyEvents";
import type { ProposalEvent } from "./events";
import { accept, refuse, type Outcome } from "./outcome";
import type { ProposalState } from "./state";
import { moveTo, refuseStep, type StepContext, type StepRule } from "./step";

/** From filing to the units' replies (并案、重点提案、交办、退回、会办、答复). */

export const merge: StepRule<"merge"> = (ctx, event) => {
  if (ctx.state.mergeGroupId !== null) return refuseStep("该提案已并案，不能再并入其他并案组");
  return moveTo({ ...ctx.state, mergeGroupId: event.mergeGroupId });
};

export const markKey: StepRule<"markKey"> = (ctx, event) => {
  if (ctx.state.keyProposal !== null) return refuseStep("该提案已是重点提案");
  const { followUpOn } = event.keyProposal;
  // ISO dates compare correctly as strings.
  if (followUpOn !== null && followUpOn < ctx.today) return refuseStep("回头看日期不能早于今天");
  return moveTo(
    { ...ctx.state, keyProposal: { ...event.keyProposal, markedOn: ctx.today } },
    dutyEventsOnKeyProposal(ctx.facts.proposal.proposer),
  );
};

/** Assigning again after a return restarts the clock: the new unit is owed the full handling time. */
export const assign: StepRule<"assign"> = (ctx, event) => moveTo(assignedAfresh(ctx, event.assignment));

function assignedAfresh(ctx: StepContext, input: AssignmentInput): ProposalState {
  return {
    ...ctx.state,
    status: "assigned",
    assignment: { mode: input.mode, units: assignedUnitsOf(input), assignedOn: ctx.today },
    dueOn: handlingDueOn(ctx.today, ctx.rules),
    coOpinions: [],
    replies: [],
  };
}

/**
 * 重新交办 by the office, at any time while nobody has replied: after the return window a unit can
 * no longer send a wrong assignment back itself, so it tells the office, which moves it directly.
 * The new units are owed the full handling time.
 */
export const reassign: StepRule<"reassign"> = (ctx, event) => {
  if (event.reason.length === 0) return refuseStep("请写明重新交办的理由（如原单位反映不属于其职责），便于各单位知悉");
  if (ctx.state.replies.length > 0) return refuseStep("已有承办单位作出答复，不能重新交办；如答复不当，请在测评后重新办理");
  return moveTo({ ...assignedAfresh(ctx, event.assignment), assignmentReturn: null });
};

// Only reachable with a corrupted row: every state these steps start from has an assignment.
const unassigned = "该提案尚无交办记录，请联系市政协办公室";

/** The unit a handler acts for: its own, or the one staff name when entering its paper on its behalf. */
function actingUnit({ actor }: StepContext, event: Extract<ProposalEvent, { handlingUnitId?: string }>): Outcome<string> {
  if (actor.role === "handler") {
    if (!actor.handlingUnitId) return refuse("当前账号未关联承办单位，请联系市政协办公室");
    if (event.handlingUnitId && event.handlingUnitId !== actor.handlingUnitId) return refuse("不能代其他承办单位操作");
    return accept(actor.handlingUnitId);
  }
  if (!event.handlingUnitId) return refuse("代承办单位录入时，请选择承办单位");
  return accept(event.handlingUnitId);
}

export const returnAssignment: StepRule<"returnAssignment"> = (ctx, event) => {
  const unit = actingUnit(ctx, event);
  if (!unit.ok) return refuseStep(unit.reason);
  const assignment = ctx.state.assignment;
  if (!assignment) return refuseStep(unassigned);
  if (roleOfUnit(assignment, unit.value) === null) return refuseStep("本单位不是该提案的承办单位");
  if (event.reason.length === 0) return refuseStep("请写明退回理由（如不属于本单位职责），便于重新交办");
  const lastDay = returnLastDay(assignment.assignedOn, ctx.rules);
  if (isPastDay(lastDay, ctx.facts.now)) {
    return refuseStep(
      `交办已超过 ${ctx.rules.deadlines.returnDays} 天（退回期限至 ${lastDay}），不能再退回；如确属交办不当，请联系办公室直接重新交办`,
    );
  }
  if (ctx.state.replies.length > 0) return refuseStep("已有承办单位作出答复，不能整体退回；如需调整，请联系办公室");
  return moveTo({
    ...ctx.state,
    status: "assignmentReturned",
    assignmentReturn: { handlingUnitId: unit.value, reason: event.reason, returnedOn: ctx.today },
    dueOn: null,
  });
};

export const sendCoOpinion: StepRule<"sendCoOpinion"> = (ctx, event) => {
  const unit = actingUnit(ctx, event);
  if (!unit.ok) return refuseStep(unit.reason);
  if (!ctx.state.assignment) return refuseStep(unassigned);
  const role = roleOfUnit(ctx.state.assignment, unit.value);
  if (role === "lead" || role === "split") return refuseStep("本单位是答复单位，无需提交会办意见，请直接答复");
  if (role === null) return refuseStep("本单位不是该提案的会办单位");
  if (ctx.state.coOpinions.some((o) => o.handlingUnitId === unit.value)) return refuseStep("本单位已提交会办意见");
  return moveTo({ ...ctx.state, coOpinions: [...ctx.state.coOpinions, { handlingUnitId: unit.value, sentOn: ctx.today }] });
};

/**
 * A reply counts for the current round (0 first, 1 after re-handling). The proposal is replied
 * once every unit that must answer has done so: the lead, after all co-units sent their opinions
 * (主办单位汇总会办意见后答复), or each unit of a split.
 */
export const reply: StepRule<"reply"> = (ctx, event) => {
  const unit = actingUnit(ctx, event);
  if (!unit.ok) return refuseStep(unit.reason);
  const { state, rules, today } = ctx;
  const assignment = state.assignment;
  if (!assignment) return refuseStep(unassigned);
  const role = roleOfUnit(assignment, unit.value);
  if (role === "co") return refuseStep("会办单位不直接答复提案者，请向主办单位提交会办意见");
  if (role === null) return refuseStep("本单位不是该提案的承办单位");
  const categories = rules.replyCategories;
  if (!categories.some((c) => c.code === event.categoryCode)) {
    return refuseStep(`答复类别须为 ${categories.map((c) => `${c.code}（${c.label}）`).join("、")} 之一`);
  }
  const round = state.rehandlings;
  if (state.replies.some((r) => r.round === round && r.handlingUnitId === unit.value)) return refuseStep("本单位已答复");
  const missing = coUnitsOf(assignment).filter((u) => !state.coOpinions.some((o) => o.handlingUnitId === u));
  if (role === "lead" && missing.length > 0) {
    return refuseStep(`还有 ${missing.length} 个会办单位未提交会办意见，请催办并汇总后再答复`);
  }
  const replies = [...state.replies, { handlingUnitId: unit.value, categoryCode: event.categoryCode, round, repliedOn: today }];
  const complete = replyingUnitsOf(assignment).every((u) => replies.some((r) => r.round === round && r.handlingUnitId === u));
  return moveTo(complete ? { ...state, replies, status: "replied", repliedOn: today } : { ...state, replies });
};
