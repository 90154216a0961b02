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

export type ProposalDutyEvent = { kind: ProposalDutyEventKind; memberId: string };

/** Submitting counts for the first proposer only: co-signers are credited when it is filed. */
export function dutyEventsOnSubmit(p: Proposer): ProposalDutyEvent[] {
  return signingMembersOf(p)
    .filter((s) => s.lead)
    .map((s) => ({ kind: "proposalSubmitted", memberId: s.memberId }));
}

export function dutyEventsOnFile(p: Proposer): ProposalDutyEvent[] {
  return signingMembersOf(p).map((s) => ({
    kind: s.lead ? "proposalFiledAsLead" : "proposalFiledAsCosigner",
    memberId: s.memberId,
  }));
}

/** Becoming a key proposal rewards its author; co-signers already have their filing credit. */
export function dutyEventsOnKeyProposal(p: Proposer): ProposalDutyEvent[] {
  return signingMembersOf(p)
    .filter((s) => s.lead)
    .map((s) => ({ kind: "keyProposal", memberId: s.memberId }));
}
