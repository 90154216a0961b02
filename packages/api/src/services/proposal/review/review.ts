import { proposalReview } from "@cppcc/db";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { notFileInput, returnForRevisionInput, StepInputValue } from "../inputs";
import { runStep } from "../shared/step";

/** 开始审查: staff take a submitted proposal into review (it then stays in their queue until decided). */
export function startReview({ ctx, input }: { ctx: SignedInContext; input: StepInputValue }) {
  return runStep(ctx, input, { action: "proposal.review", event: () => ({ type: "startReview" }) });
}

/** 退回修改 with reasons, at most the rule set's rounds (三审一退); the reasons are kept per round. */
export function returnForRevision({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof returnForRevisionInput> }) {
  return runStep(ctx, input, {
    action: "proposal.review",
    event: () => ({ type: "returnForRevision", reasons: input.reasons }),
    effects: async (tx, { row, after }) => {
      await tx.insert(proposalReview).values({
        councilId: row.councilId,
        proposalId: row.id,
        round: after.state.returns,
        decision: "returned",
        reasons: after.state.returnReasons,
        accountId: ctx.session.account.id,
      });
      return { reasons: after.state.returnReasons, round: after.state.returns };
    },
  });
}

/** 不予立案 with one of the rule set's grounds, and what becomes of it (转社情民意、转来信). */
export function notFileProposal({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof notFileInput> }) {
  return runStep(ctx, input, {
    action: "proposal.review",
    event: () => ({ type: "notFile", groundCode: input.groundCode, conversion: input.conversion }),
    effects: async (tx, { row, rules }) => {
      await tx.insert(proposalReview).values({
        councilId: row.councilId,
        proposalId: row.id,
        round: row.state.returns + 1,
        decision: "notFiled",
        groundCode: input.groundCode,
        conversion: input.conversion,
        accountId: ctx.session.account.id,
      });
      const ground = rules.notFiledGrounds.find((g) => g.code === input.groundCode);
      return { groundCode: input.groundCode, groundLabel: ground?.label ?? input.groundCode, conversion: input.conversion };
    },
  });
}
