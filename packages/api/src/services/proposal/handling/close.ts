import type { SignedInContext } from "../../../context";
import type { StepInputValue } from "../inputs";
import { runStep } from "../shared/step";

/** 办结: after the proposer evaluated, or once the evaluation window ran out. */
export function closeProposal({ ctx, input }: { ctx: SignedInContext; input: StepInputValue }) {
  return runStep(ctx, input, { action: "proposal.assign", event: () => ({ type: "close" }) });
}
