import type { Grants } from "../auth/scope";

/**
 * What each role may do with proposals, at which scope. The state machine then decides whether
 * the step fits the proposal's state; this only says who may try.
 *
 * - read: staff everything; a liaison the proposals of their township's member group and members;
 *   a unit those assigned to it; a member their own (as first proposer, co-signer or contact).
 * - write: draft, invite co-signers, confirm or decline an invitation, submit, revise, withdraw.
 * - evaluate: rate the reply. Staff hold write and evaluate too, to enter what a proposer handed
 *   in on paper (集体提案、纸质测评表) — the audit log records who did.
 * - review (预审、退回、立案、不予立案、并案), assign (交办、重点提案、办结): staff only.
 * - handle (退回交办、会办意见、答复): the assigned unit, or staff entering its paper letter.
 * - statistics: staff for the council, a liaison for their township.
 */
export const proposalActions = [
  "proposal.read",
  "proposal.write",
  "proposal.evaluate",
  "proposal.review",
  "proposal.assign",
  "proposal.handle",
  "proposal.statistics",
] as const;
export type ProposalAction = (typeof proposalActions)[number];

export const proposalGrants: Grants<ProposalAction> = {
  admin: {
    "proposal.read": "council",
    "proposal.write": "council",
    "proposal.evaluate": "council",
    "proposal.review": "council",
    "proposal.assign": "council",
    "proposal.handle": "council",
    "proposal.statistics": "council",
  },
  liaison: { "proposal.read": "township", "proposal.statistics": "township" },
  handler: { "proposal.read": "handlingUnit", "proposal.handle": "handlingUnit" },
  member: { "proposal.read": "self", "proposal.write": "self", "proposal.evaluate": "self" },
};
