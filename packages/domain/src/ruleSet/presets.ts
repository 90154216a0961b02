import { ruleSetSchema, type RuleSet } from "./schema";

/** Zhejiang city practice (嘉兴、平湖): the default for a new city council. */
export const zhejiangCityPreset: RuleSet = ruleSetSchema.parse({
  schemaVersion: 1,
  name: "浙江省市级政协通用规则",
  adoptionLevels: [
    { code: "national", label: "全国政协采用" },
    { code: "province", label: "省政协采用" },
    { code: "city", label: "市政协采用" },
  ],
  receptionHallStars: { min: 3, max: 5 },
});

export const ruleSetPresets = { zhejiangCity: zhejiangCityPreset } as const;
export type RuleSetPresetName = keyof typeof ruleSetPresets;
