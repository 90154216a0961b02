import type { RouterOutputs } from "@cppcc/api";

/** One of the member's own invitations, with the meeting and the replies open to them now. */
export type MyInvitation = RouterOutputs["consultation"]["invitation"]["mine"]["items"][number];
/** A consultation as a member sees it: the record, their invitation and their check-in. */
export type MemberConsultation = RouterOutputs["consultation"]["get"];
export type MySuggestion = RouterOutputs["consultation"]["suggestion"]["list"]["items"][number];
