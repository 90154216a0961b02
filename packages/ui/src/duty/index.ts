// The duty record's client side every app shares (the portal too): its queries, types and wording.
// Its own entry, so the login screen's first load does not carry it.
export { useDutyRecord, recordYears } from "./useDutyRecord";
export { defaultReportYear } from "./reportYear";
export { dutySourcePath, pointsText, roleText, tableText } from "./wording";
export type { DutyRanking, DutyRankingFilters, DutyRankingItem, DutyRecord, DutyRecordEntry, DutyWarningItem, DutyWarnings, DutyWarningsFilters } from "./types";
