import { proposalEvaluation } from "@cppcc/db";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { evaluateInput } from "../inputs";
import { runStep } from "../shared/step";

/**
 * 测评: the first proposer (or a collective proposal's contact) rates the reply, overall and per
 * dimension of the rule set; staff may enter a paper form. Unsatisfied the first time sends it back
 * to the units to handle again, once.
 */
export function evaluateReply({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof evaluateInput> }) {
  return runStep(ctx, input, {
    action: "proposal.evaluate",
    event: () => ({
      type: "evaluate",
      evaluation: { overall: input.overall, dimensions: input.dimensions, ...(input.comment && { comment: input.comment }) },
    }),
    effects: async (tx, { row, after, rules }) => {
      const e = after.state.evaluation!;
      await tx.insert(proposalEvaluation).values({
        councilId: row.councilId,
        proposalId: row.id,
        round: e.round,
        overall: e.overall,
        dimensions: e.dimensions,
        comment: e.comment,
        evaluatedOn: e.evaluatedOn,
        accountId: ctx.session.account.id,
      });
      const level = rules.satisfaction.scale.find((l) => l.code === e.overall);
      return { overall: e.overall, overallLabel: level?.label ?? e.overall, round: e.round, rehandling: after.status === "rehandling" };
    },
  });
}
