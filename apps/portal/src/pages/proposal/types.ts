import type { RouterOutputs } from "@cppcc/api";

export type ProposalDetail = RouterOutputs["proposal"]["get"];
export type ProposalListItem = RouterOutputs["proposal"]["list"]["items"][number];
export type ProposalOptions = RouterOutputs["proposal"]["options"];
export type ProposalRules = ProposalOptions["rules"];
export type TimelineEntry = RouterOutputs["proposal"]["timeline"][number];
export type Invitation = RouterOutputs["proposal"]["invitations"][number];
export type SimilarProposal = RouterOutputs["proposal"]["similar"][number];
/** What a step hands back: enough to show the new status and to send the next step. */
export type ProposalSummary = RouterOutputs["proposal"]["submit"];
