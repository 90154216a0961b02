import type { RouterInputs, RouterOutputs } from "@cppcc/api";

/** A member's year: entries with their sources and points, the score under the year's table. */
export type DutyRecord = RouterOutputs["duty"]["record"];
export type DutyRecordEntry = DutyRecord["entries"][number];
export type DutyRanking = RouterOutputs["duty"]["ranking"];
export type DutyRankingItem = DutyRanking["items"][number];
export type DutyRankingFilters = RouterInputs["duty"]["ranking"];
/** 履职预警: members the office should act on, each with the reasons and what has been done. */
export type DutyWarnings = RouterOutputs["duty"]["warnings"];
export type DutyWarningItem = DutyWarnings["items"][number];
export type DutyWarningsFilters = RouterInputs["duty"]["warnings"];
