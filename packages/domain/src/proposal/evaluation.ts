import { z } from "zod";
import type { CalendarDate } from "../calendar";
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

export function isSatisfied(levelCode: string, rules: ProposalRules): boolean {
  return rules.satisfaction.scale.find((l) => l.code === levelCode)?.satisfied ?? false;
}

/** Every reason the rating does not fit the council's scale; empty when it does. */
export function evaluationProblems(input: EvaluationInput, rules: ProposalRules): string[] {
  const { scale, dimensions } = rules.satisfaction;
  const levels = new Set(scale.map((l) => l.code));
  const choices = scale.map((l) => l.label).join("、");
  const problems: string[] = [];
  if (!levels.has(input.overall)) problems.push(`总体评价须为${choices}之一`);
  for (const d of dimensions) {
    const rating = input.dimensions[d.code];
    if (rating === undefined) problems.push(`请对「${d.label}」作出评价`);
    else if (!levels.has(rating)) problems.push(`「${d.label}」的评价须为${choices}之一`);
  }
  for (const code of Object.keys(input.dimensions)) {
    if (!dimensions.some((d) => d.code === code)) problems.push(`本会测评不含评价项 ${code}，请刷新页面后重新测评`);
  }
  if (levels.has(input.overall) && !isSatisfied(input.overall, rules) && !input.comment) {
    problems.push("选择不满意时请写明原因，便于承办单位重新办理");
  }
  return problems;
}
