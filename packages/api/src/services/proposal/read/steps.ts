import { availableSteps, roleOfUnit, type ProposalEventType, type ProposalState } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import type { ProposalRow } from "../shared/row";

const unitSteps: Record<"lead" | "split" | "co", readonly ProposalEventType[]> = {
  lead: ["reply", "returnAssignment"],
  split: ["reply", "returnAssignment"],
  co: ["sendCoOpinion", "returnAssignment"],
};

/**
 * The steps to offer this reader as buttons: the state machine's steps for the role and state,
 * narrowed to this person's part (only the first proposer acts for a proposal; a co-unit gives an
 * opinion, it does not reply). The machine still decides when a button is pressed.
 */
export function stepsFor(ctx: SignedInContext, row: ProposalRow): ProposalEventType[] {
  const steps = availableSteps(row.status, ctx.actor.role);
  if (ctx.actor.role === "member") return row.leadMemberId === ctx.actor.memberId ? steps : [];
  if (ctx.actor.role === "handler") {
    const role = unitRole(row.state, ctx.actor.handlingUnitId);
    return role ? steps.filter((s) => unitSteps[role].includes(s)) : [];
  }
  return steps;
}

export function unitRole(state: ProposalState, unitId: string | null | undefined) {
  return state.assignment && unitId ? roleOfUnit(state.assignment, unitId) : null;
}
