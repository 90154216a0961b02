// The roster's client side every app shares (the portal too): its queries, types and wording.
// Its own entry, not "@cppcc/ui", so the login screen's first load does not carry it.
export { useDirectoryPages, useMember, useMemberPages, useRosterReference } from "./useMemberPages";
export { historyActionLabels, memberHistory, type HistoryAction, type HistoryEntry } from "./history";
export { birthMonthText, dayText, timeText, todayIso } from "./format";
export type { DirectoryItem, MemberDetail, MemberFilters, MemberListItem, MembershipRow, RosterReference } from "./types";
