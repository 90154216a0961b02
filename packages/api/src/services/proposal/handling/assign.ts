import { proposalAssignment, type Tx } from "@cppcc/db";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { assignInput } from "../inputs";
import { applyToGroup } from "../shared/group";
import { runStep, type Applied, type StepPlan } from "../shared/step";
import { assertActiveUnits, currentRound } from "./units";

/**
 * 交办 to a lead unit with co-units, or split between units, with the deadline the rule set gives.
 * Assigning again after a unit returned it starts a new round: the old rows stay as history, and
 * the unit that returned it no longer sees it. A merge group is assigned as one.
 */
export async function assignProposal({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof assignInput> }) {
  await assertActiveUnits(ctx.db.db, ctx.session.council.id, input.assignment);
  const plan: StepPlan = {
    action: "proposal.assign",
    event: () => ({ type: "assign", assignment: input.assignment }),
    effects: (tx, applied) => assignmentRows(tx, ctx, applied),
  };
  return runStep(ctx, input, { ...plan, wholeGroup: (tx, applied) => applyToGroup(tx, ctx, applied, plan) });
}

/** The new round's rows, one per unit, the old round's made inactive; returns what the timeline shows. */
export async function assignmentRows(tx: Tx, ctx: SignedInContext, { row, after }: Applied) {
  const assignment = after.state.assignment!;
  const round = (await currentRound(tx, row.id)) + 1;
  await tx.update(proposalAssignment).set({ active: false }).where(eq(proposalAssignment.proposalId, row.id));
  await tx.insert(proposalAssignment).values(
    assignment.units.map((u) => ({
      councilId: row.councilId,
      proposalId: row.id,
      round,
      mode: assignment.mode,
      handlingUnitId: u.handlingUnitId,
      role: u.role,
      assignedOn: assignment.assignedOn,
      dueOn: after.state.dueOn!,
      accountId: ctx.session.account.id,
    })),
  );
  return { mode: assignment.mode, units: assignment.units, dueOn: after.state.dueOn, round };
}
