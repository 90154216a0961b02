import { councilLevelLabels, type CouncilLevel } from "@cppcc/domain";

/** "市级", "县（市、区）级" — but the national committee is simply "全国". */
export function councilLevelText(level: CouncilLevel): string {
  return level === "national" ? councilLevelLabels.national : `${councilLevelLabels[level]}级`;
}
