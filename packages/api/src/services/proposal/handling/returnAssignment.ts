import { proposalAssignment } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { returnAssignmentInput } from "../inputs";
import { applyToGroup } from "../shared/group";
import { runStep, unitOf, type StepPlan } from "../shared/step";

/** 退回交办: a unit wrongly assigned sends it back with a reason, within the rule set's days. */
export function returnAssignment({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof returnAssignmentInput> }) {
  const plan: Pick<StepPlan, "effects"> = {
    effects: async (tx, { row, event, after }) => {
      const unitId = unitOf(ctx, event)!;
      await tx
        .update(proposalAssignment)
        .set({ returnedOn: after.state.assignmentReturn!.returnedOn, returnReason: input.reason })
        .where(and(eq(proposalAssignment.proposalId, row.id), eq(proposalAssignment.active, true), eq(proposalAssignment.handlingUnitId, unitId)));
      return { reason: input.reason };
    },
  };
  return runStep(ctx, input, {
    action: "proposal.handle",
    event: () => ({ type: "returnAssignment", reason: input.reason, ...(input.handlingUnitId && { handlingUnitId: input.handlingUnitId }) }),
    ...plan,
    wholeGroup: (tx, applied) => applyToGroup(tx, ctx, applied, plan),
  });
}
