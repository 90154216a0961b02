import { isPastDay } from "../calendar";
import { evaluationLastDay, rehandlingDueOn } from "./deadline";
import { refusalsOf, refusedIf } from "../workflow/result";
import { evaluationViolations, isSatisfied, maxRehandlings } from "./evaluation";
import { moveTo, refuseStep, type StepRule } from "./step";

/** From the reply to closing (测评 → 不满意重新办理一次 → 办结). */

export const evaluate: StepRule<"evaluate"> = (ctx, event) => {
  const { state, rules, today } = ctx;
  const input = event.evaluation;
  const problems = refusedIf(refusalsOf("evaluation", evaluationViolations(input, rules)));
  if (problems) return problems;
  const evaluation = {
    overall: input.overall,
    dimensions: input.dimensions,
    comment: input.comment ?? null,
    round: state.rehandlings,
    evaluatedOn: today,
  };
  // A late rating is still taken: the window only decides when staff may close without one.
  if (!isSatisfied(input.overall, rules) && state.rehandlings < maxRehandlings) {
    return moveTo({
      ...state,
      status: "rehandling",
      evaluation,
      rehandlings: state.rehandlings + 1,
      dueOn: rehandlingDueOn(today, rules),
      repliedOn: null,
    });
  }
  return moveTo({ ...state, status: "evaluated", evaluation });
};

export const close: StepRule<"close"> = (ctx) => {
  const { state, rules, facts } = ctx;
  if (state.status === "evaluated") return moveTo({ ...state, status: "closed" });
  const lastDay = state.repliedOn ? evaluationLastDay(state.repliedOn, rules) : null;
  if (lastDay !== null && !isPastDay(lastDay, facts.now)) {
    return refuseStep("evaluationWindow", `答复后 ${rules.deadlines.evaluationDays} 天内提案者可以测评（截至 ${lastDay}），期满仍未测评方可办结`);
  }
  return moveTo({ ...state, status: "closed", closedUnevaluated: true });
};
