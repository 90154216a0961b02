import { defaultAttachmentRules } from "../attachment/rules";
import { defaultConsultationRuleSet } from "../consultation/ruleSet";
import { defaultPasswordRules } from "../auth/passwordRules";
import { defaultExtensionRules } from "../extension/rules";
import { defaultPledgeRules } from "../pledge/rules";
import { fourCategoryProposalRules, zhejiangProposalRules } from "../proposal/rulePresets";
import { ruleSetSchema, type RuleSet } from "./schema";

const adoptionLevels = [
  { code: "national", label: "全国政协采用" },
  { code: "province", label: "省政协采用" },
  { code: "city", label: "市政协采用" },
];

/** Zhejiang city practice (嘉兴、平湖): the default for a new city council. */
export const zhejiangCityPreset: RuleSet = ruleSetSchema.parse({
  schemaVersion: 1,
  name: "浙江省市级政协通用规则",
  adoptionLevels,
  receptionHallStars: { min: 3, max: 5 },
  proposal: zhejiangProposalRules,
  consultation: defaultConsultationRuleSet,
  deadlineExtension: defaultExtensionRules,
  password: defaultPasswordRules,
  attachment: defaultAttachmentRules,
  pledge: defaultPledgeRules,
});

/**
 * A second, deliberately different preset (four reply categories, shorter deadlines, two review
 * rounds). Its tests prove the rules come from the document, not from code.
 */
export const fourCategoryCityPreset: RuleSet = ruleSetSchema.parse({
  schemaVersion: 1,
  name: "四类答复通用规则",
  adoptionLevels,
  receptionHallStars: { min: 3, max: 5 },
  proposal: fourCategoryProposalRules,
  consultation: defaultConsultationRuleSet,
  deadlineExtension: defaultExtensionRules,
  password: defaultPasswordRules,
  attachment: defaultAttachmentRules,
  pledge: defaultPledgeRules,
});

export const ruleSetPresets = { zhejiangCity: zhejiangCityPreset, fourCategoryCity: fourCategoryCityPreset } as const;
export type RuleSetPresetName = keyof typeof ruleSetPresets;
