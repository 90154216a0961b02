import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { reassignInput } from "../inputs";
import { applyToGroup } from "../shared/group";
import { runStep, type StepPlan } from "../shared/step";
import { assertActiveUnits } from "./units";
import { assignmentRows } from "./assign";

/**
 * 重新交办 by the office while units are handling it: after the return window a unit can no
 * longer send a wrong assignment back, so the office moves it directly. The old rows stay as
 * history; the new units get the full handling time; the reason is on the timeline and audited.
 */
export async function reassignProposal({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof reassignInput> }) {
  await assertActiveUnits(ctx.db.db, ctx.session.council.id, input.assignment);
  const plan: StepPlan = {
    action: "proposal.assign",
    event: () => ({ type: "reassign", assignment: input.assignment, reason: input.reason }),
    effects: async (tx, applied) => {
      const detail = await assignmentRows(tx, ctx, applied);
      const before = applied.before.assignment?.units ?? [];
      return { ...detail, reason: input.reason, previousUnits: before };
    },
  };
  return runStep(ctx, input, { ...plan, wholeGroup: (tx, applied) => applyToGroup(tx, ctx, applied, plan) });
}
