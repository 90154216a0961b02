import { Conflict, proposalEditRefusals, refusalError, type ProposalEdit } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import type { ProposalRow } from "./row";
import { staleMessage } from "./step";

/**
 * Checks for changes outside the state machine (the text, the co-signers, deleting a draft): the
 * version the client read, then the domain's rule for who may make the change and when.
 */
export function assertEditable(ctx: SignedInContext, row: ProposalRow, version: number, edit: ProposalEdit): void {
  if (row.version !== version) throw new Conflict(staleMessage);
  const refusals = proposalEditRefusals(ctx.actor, row, edit);
  if (refusals.length > 0) throw refusalError(refusals);
}
