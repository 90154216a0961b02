import { z } from "zod";
import { idField } from "../id";

/** 全国、省、市、县 — one deployment serves every level (省市县三级贯通). */
export const councilLevels = ["national", "province", "city", "county"] as const;
export type CouncilLevel = (typeof councilLevels)[number];

export const councilLevelLabels: Record<CouncilLevel, string> = {
  national: "全国",
  province: "省",
  city: "市",
  county: "县（市、区）",
};

const levelRank: Record<CouncilLevel, number> = { national: 0, province: 1, city: 2, county: 3 };

export const councilInput = z.object({
  name: z.string().trim().min(2, "委员会名称至少 2 个字").max(60, "委员会名称不能超过 60 个字"),
  level: z.enum(councilLevels, { error: "级别须为全国、省、市或县" }),
  parentId: idField("上级政协").nullable(),
});
export type CouncilInput = z.infer<typeof councilInput>;

/** A council's parent must sit exactly one level above it; only the national council has none. */
export function parentLevelProblem(level: CouncilLevel, parentLevel: CouncilLevel | null): string | null {
  if (level === "national") return parentLevel === null ? null : "全国政协没有上级委员会";
  if (parentLevel === null) return `${councilLevelLabels[level]}级政协须指定上级委员会`;
  if (levelRank[parentLevel] !== levelRank[level] - 1) {
    return `${councilLevelLabels[level]}级政协的上级应为${councilLevelLabels[councilLevels[levelRank[level] - 1]!]}级政协`;
  }
  return null;
}
