import { assignedUnitsOf, replyingUnitsOf, roleOfUnit, type AssignmentInput } from "./assignment";
import { awaitedCoUnits, unitActProblem, type UnitAct } from "../unitAnswer/parts";
import { refusal, refused, type Refusal } from "../workflow/result";
import { isPastDay } from "../calendar";
import { handlingDueOn, returnLastDay } from "./deadline";
import { dutyEventsOnKeyProposal } from "./dutyEvents";
import type { ProposalEvent } from "./events";
import type { ProposalState } from "./state";
import { moveTo, refuseStep, type StepContext, type StepRule } from "./step";

/** From filing to the units' replies (并案、重点提案、交办、退回、会办、答复). */

export const merge: StepRule<"merge"> = (ctx, event) => {
  if (ctx.state.mergeGroupId !== null) return refuseStep("merged", "该提案已并案，不能再并入其他并案组");
  return moveTo({ ...ctx.state, mergeGroupId: event.mergeGroupId });
};

export const markKey: StepRule<"markKey"> = (ctx, event) => {
  if (ctx.state.keyProposal !== null) return refuseStep("alreadyKey", "该提案已是重点提案");
  const { followUpOn } = event.keyProposal;
  // ISO dates compare correctly as strings.
  if (followUpOn !== null && followUpOn < ctx.today) return refuseStep("followUpOn", "回头看日期不能早于今天", "rule", "keyProposal.followUpOn");
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
  if (event.reason.length === 0) return refuseStep("reasonMissing", "请写明重新交办的理由（如原单位反映不属于其职责），便于各单位知悉", "rule", "reason");
  if (ctx.state.replies.length > 0) return refuseStep("replied", "已有承办单位作出答复，不能重新交办；如答复不当，请在测评后重新办理");
  return moveTo({ ...assignedAfresh(ctx, event.assignment), assignmentReturn: null });
};

// Only reachable with a corrupted row: every state these steps start from has an assignment.
const unassigned = "该提案尚无交办记录，请联系市政协办公室";

const unitActOf = { reply: "answer", sendCoOpinion: "giveOpinion", returnAssignment: "sendBack" } as const satisfies Record<string, UnitAct>;

/**
 * The unit a step is taken for — the handler's own, or the one staff name when entering its paper
 * on its behalf — once it may take it (../unitAnswer/parts): a handler refused here is refused for
 * who it is; staff naming the wrong unit made a mistake in the form.
 */
function actingUnit(
  { actor, state }: StepContext,
  event: Extract<ProposalEvent, { type: keyof typeof unitActOf }>,
): { ok: true; unit: string } | { ok: false; refusal: Refusal } {
  const kind = actor.role === "handler" ? "forbidden" : "rule";
  let unit: string;
  if (actor.role === "handler") {
    if (!actor.handlingUnitId) return { ok: false, refusal: refusal("noUnit", "当前账号未关联承办单位，请联系市政协办公室", "forbidden") };
    if (event.handlingUnitId && event.handlingUnitId !== actor.handlingUnitId) {
      return { ok: false, refusal: refusal("otherUnit", "不能代其他承办单位操作", "forbidden") };
    }
    unit = actor.handlingUnitId;
  } else {
    if (!event.handlingUnitId) return { ok: false, refusal: refusal("unitMissing", "代承办单位录入时，请选择承办单位", "rule", "handlingUnitId") };
    unit = event.handlingUnitId;
  }
  if (!state.assignment) return { ok: false, refusal: refusal("unassigned", unassigned) };
  const problem = unitActProblem(roleOfUnit(state.assignment, unit), unitActOf[event.type]);
  return problem ? { ok: false, refusal: refusal("unitPart", problem, kind, "handlingUnitId") } : { ok: true, unit };
}

export const returnAssignment: StepRule<"returnAssignment"> = (ctx, event) => {
  const unit = actingUnit(ctx, event);
  if (!unit.ok) return refused(unit.refusal);
  const assignment = ctx.state.assignment!;
  if (event.reason.length === 0) return refuseStep("reasonMissing", "请写明退回理由（如不属于本单位职责），便于重新交办", "rule", "reason");
  const lastDay = returnLastDay(assignment.assignedOn, ctx.rules);
  if (isPastDay(lastDay, ctx.facts.now)) {
    return refuseStep(
      "returnWindow",
      `交办已超过 ${ctx.rules.deadlines.returnDays} 天（退回期限至 ${lastDay}），不能再退回；如确属交办不当，请联系办公室直接重新交办`,
    );
  }
  if (ctx.state.replies.length > 0) return refuseStep("replied", "已有承办单位作出答复，不能整体退回；如需调整，请联系办公室");
  return moveTo({
    ...ctx.state,
    status: "assignmentReturned",
    assignmentReturn: { handlingUnitId: unit.unit, reason: event.reason, returnedOn: ctx.today },
    dueOn: null,
  });
};

export const sendCoOpinion: StepRule<"sendCoOpinion"> = (ctx, event) => {
  const unit = actingUnit(ctx, event);
  if (!unit.ok) return refused(unit.refusal);
  if (ctx.state.coOpinions.some((o) => o.handlingUnitId === unit.unit)) return refuseStep("done", "本单位已提交会办意见");
  return moveTo({ ...ctx.state, coOpinions: [...ctx.state.coOpinions, { handlingUnitId: unit.unit, sentOn: ctx.today }] });
};

/**
 * A reply counts for the current round (0 first, 1 after re-handling). The proposal is replied
 * once every unit that must answer has done so: the lead, after all co-units sent their opinions
 * (主办单位汇总会办意见后答复), or each unit of a split.
 */
export const reply: StepRule<"reply"> = (ctx, event) => {
  const unit = actingUnit(ctx, event);
  if (!unit.ok) return refused(unit.refusal);
  const { state, rules, today } = ctx;
  const assignment = state.assignment!;
  const role = roleOfUnit(assignment, unit.unit);
  const categories = rules.replyCategories;
  if (!categories.some((c) => c.code === event.categoryCode)) {
    return refuseStep("categoryCode", `答复类别须为 ${categories.map((c) => `${c.code}（${c.label}）`).join("、")} 之一`, "rule", "categoryCode");
  }
  const round = state.rehandlings;
  if (state.replies.some((r) => r.round === round && r.handlingUnitId === unit.unit)) return refuseStep("done", "本单位已答复");
  const missing = awaitedCoUnitsOf(state);
  if (role === "lead" && missing.length > 0) {
    return refuseStep("coOpinionsMissing", `还有 ${missing.length} 个会办单位未提交会办意见，请催办并汇总后再答复`);
  }
  const replies = [...state.replies, { handlingUnitId: unit.unit, categoryCode: event.categoryCode, round, repliedOn: today }];
  const complete = replyingUnitsOf(assignment).every((u) => replies.some((r) => r.round === round && r.handlingUnitId === u));
  return moveTo(complete ? { ...state, replies, status: "replied", repliedOn: today } : { ...state, replies });
};

/** The co-units whose opinions the lead unit still waits for before replying; none outside the first round's handling. */
export function awaitedCoUnitsOf(state: ProposalState): string[] {
  if (!state.assignment || state.status !== "assigned") return [];
  return awaitedCoUnits(state.assignment.units, state.coOpinions.map((o) => o.handlingUnitId));
}
