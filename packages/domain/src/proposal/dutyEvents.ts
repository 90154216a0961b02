import { signingMembersOf, type Proposer } from "./proposer";

/**
 * The duty events this area writes (谁组织谁记录), in the same transaction as the transition.
 * The first proposer and a co-signer count differently: the first proposer wrote the proposal,
 * a co-signer endorsed it, so scoring weighs them apart. Collective proposals (党派、界别、小组、
 * 专委会) belong to the body and credit no single member.
 */
export const proposalDutyEventKinds = ["proposalSubmitted", "proposalFiledAsLead", "proposalFiledAsCosigner", "keyProposal"] as const;
export type ProposalDutyEventKind = (typeof proposalDutyEventKinds)[number];

export const proposalDutyEventLabels: Record<ProposalDutyEventKind, string> = {
  proposalSubmitted: "提交提案",
  proposalFiledAsLead: "提案立案（第一提案人）",
  proposalFiledAsCosigner: "提案立案（联名提案人）",
  keyProposal: "提案列为重点提案",
};

/**
 * `role` and `signers` say how the member took part, so a table can split a joint proposal's points
 * (「第一提案人得一半，其余联名人平分另一半」): signers are the members signing when the step is
 * taken, the first proposer included. Collective proposals credit no member, so `collective` is
 * not written by this area today; the role exists for tables and for sources that will.
 */
export type ProposalDutyEvent = { kind: ProposalDutyEventKind; memberId: string; role: "lead" | "cosigner"; signers: number };

function eventsFor(p: Proposer, kind: (lead: boolean) => ProposalDutyEventKind | null): ProposalDutyEvent[] {
  const signing = signingMembersOf(p);
  return signing.flatMap((s) => {
    const k = kind(s.lead);
    return k ? [{ kind: k, memberId: s.memberId, role: s.lead ? ("lead" as const) : ("cosigner" as const), signers: signing.length }] : [];
  });
}

/** Submitting counts for the first proposer only: co-signers are credited when it is filed. */
export function dutyEventsOnSubmit(p: Proposer): ProposalDutyEvent[] {
  return eventsFor(p, (lead) => (lead ? "proposalSubmitted" : null));
}

export function dutyEventsOnFile(p: Proposer): ProposalDutyEvent[] {
  return eventsFor(p, (lead) => (lead ? "proposalFiledAsLead" : "proposalFiledAsCosigner"));
}

/** Becoming a key proposal rewards its author; co-signers already have their filing credit. */
export function dutyEventsOnKeyProposal(p: Proposer): ProposalDutyEvent[] {
  return eventsFor(p, (lead) => (lead ? "keyProposal" : null));
}
