import type { SignedInContext } from "../../../context";
import type { StepInputValue } from "../inputs";
import { runStep } from "../shared/step";

/**
 * 提交. A double click sends the same request id twice and submits once; without one, the second
 * click is stale. Submitting fixes the proposal's place in the review queue.
 */
export function submitProposal({ ctx, input }: { ctx: SignedInContext; input: StepInputValue }) {
  return runStep(ctx, input, {
    action: "proposal.write",
    event: () => ({ type: "submit" }),
    columns: () => ({ listedAt: ctx.clock.now() }),
  });
}

/** 修改后重新提交, after staff returned it for revision; it keeps its place in the queue. */
export function resubmitProposal({ ctx, input }: { ctx: SignedInContext; input: StepInputValue }) {
  return runStep(ctx, input, { action: "proposal.write", event: () => ({ type: "resubmit" }) });
}

/** 撤回: the proposer takes it back before it is filed. */
export function withdrawProposal({ ctx, input }: { ctx: SignedInContext; input: StepInputValue }) {
  return runStep(ctx, input, { action: "proposal.write", event: () => ({ type: "withdraw" }) });
}
