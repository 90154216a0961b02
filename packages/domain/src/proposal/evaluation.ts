import { z } from "zod";
import type { CalendarDate } from "../calendar";
import type { Violation } from "../errors";
import { ratingProblems, ratingSatisfied, type RatingScale } from "../unitAnswer/rating";
import type { ProposalRules } from "./ruleSet";

/**
 * 测评: the proposer rates the reply overall and, where the rule set asks, per dimension
 * (沟通联系、办理实效). Only the overall rating decides whether the unit must handle it again.
 */
export const evaluationInput = z.object({
  overall: z.string().min(1, "请选择总体满意度"),
  dimensions: z.record(z.string(), z.string()).default({}),
  comment: z.string().trim().max(500, "意见不能超过 500 个字").optional(),
});
export type EvaluationInput = z.infer<typeof evaluationInput>;

export type Evaluation = {
  overall: string;
  dimensions: Record<string, string>;
  comment: string | null;
  /** 0 for the first reply, 1 after re-handling. */
  round: number;
  evaluatedOn: CalendarDate;
};

/** Re-handling happens once: a second unsatisfied rating is recorded and the proposal can close. */
export const maxRehandlings = 1;

/** The council's 测评 scale as the shared rating (../unitAnswer) reads it. */
export function proposalRatingScale(rules: ProposalRules): RatingScale {
  return { levels: rules.satisfaction.scale, dimensions: rules.satisfaction.dimensions };
}

export function isSatisfied(levelCode: string, rules: ProposalRules): boolean {
  return ratingSatisfied(levelCode, proposalRatingScale(rules));
}

/** Every reason the rating does not fit the council's scale, each at its field; empty when it does. */
export function evaluationViolations(input: EvaluationInput, rules: ProposalRules): Violation[] {
  return ratingProblems(input, proposalRatingScale(rules), { field: "comment", minLength: 1, message: () => "选择不满意时请写明原因，便于承办单位重新办理" });
}

/** The same, as the messages a form lists. */
export function evaluationProblems(input: EvaluationInput, rules: ProposalRules): string[] {
  return evaluationViolations(input, rules).map((v) => v.message);
}
