import type { RouterInputs, RouterOutputs } from "@cppcc/api";

/** A row of the member list (full fields within the reader's scope; phones as the API shows them). */
export type MemberListItem = RouterOutputs["roster"]["members"]["list"]["items"][number];
/** A row of the portal directory: fellow members' public fields, phone masked. */
export type DirectoryItem = RouterOutputs["roster"]["members"]["directory"]["items"][number];
/** One member with current places, dated history and (for the office) the login. */
export type MemberDetail = RouterOutputs["roster"]["members"]["get"];
export type MembershipRow = MemberDetail["memberships"][number];
/** The council's terms, sectors, committees, townships, groups and units. */
export type RosterReference = RouterOutputs["roster"]["lookups"];
/** The list's filters without paging: what a screen keeps and an export sends. */
export type MemberFilters = Omit<NonNullable<RouterInputs["roster"]["members"]["list"]>, "cursor" | "limit">;
