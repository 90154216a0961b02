import type { RouterInputs, RouterOutputs } from "@cppcc/api";

type Proposal = RouterOutputs["proposal"];

/** A row of the proposal list (review queue, a unit's list). */
export type ProposalListItem = Proposal["list"]["items"][number];
/** One proposal as `proposal.get` shows it to this reader, with the steps they may take. */
export type ProposalDetail = Proposal["get"];
export type TimelineEntry = Proposal["timeline"][number];
/** Sessions, the council's proposal rules and its handling units. */
export type ProposalOptions = Proposal["options"];
export type ProposalRules = ProposalOptions["rules"];
export type StatisticsReport = Proposal["statistics"];
export type OverdueTask = Proposal["overdue"][number];
export type KeyProposalRow = Proposal["keyProposals"][number];
/** The list's filters without paging: what the queue keeps in the address and an export sends. */
export type ProposalFilters = Omit<NonNullable<RouterInputs["proposal"]["list"]>, "cursor" | "limit">;
