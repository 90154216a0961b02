import { availableProposalSteps, roleOfUnit, type ProposalState } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import { draftOf, type CosignerRow, type ProposalRow } from "../shared/row";

/** The steps to offer this reader as buttons, from the machine's own rules; it still judges each step when taken. */
export function stepsFor(ctx: SignedInContext, row: ProposalRow, cosigners: CosignerRow[]) {
  return availableProposalSteps(ctx.actor, { state: row.state, proposer: draftOf(row, cosigners).proposer });
}

export function unitRole(state: ProposalState, unitId: string | null | undefined) {
  return state.assignment && unitId ? roleOfUnit(state.assignment, unitId) : null;
}
