/**
 * What a proposal is about (提案分类). Fixed rather than in the rule set: the categories follow
 * the 五位一体 layout every council reports by, so figures stay comparable between cities.
 */
export const proposalCategories = [
  "economy",
  "urbanRural",
  "agriculture",
  "society",
  "scienceEducation",
  "health",
  "culture",
  "ecology",
  "politicsLaw",
  "other",
] as const;
export type ProposalCategory = (typeof proposalCategories)[number];

export const proposalCategoryLabels: Record<ProposalCategory, string> = {
  economy: "经济建设",
  urbanRural: "城乡建设",
  agriculture: "农业农村",
  society: "社会建设",
  scienceEducation: "教育科技",
  health: "医疗卫生",
  culture: "文化建设",
  ecology: "生态文明建设",
  politicsLaw: "政治建设和法治",
  other: "其他",
};
