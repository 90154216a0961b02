import { z } from "zod";

/**
 * What a proposal or a suggestion is about (提案分类 / 意见建议分类): one list for both, so a
 * suggestion can become a proposal and the two are counted alike. Fixed rather than in the rule
 * set: the categories follow the 五位一体 layout every council reports by, so figures stay
 * comparable between cities.
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

/**
 * Suggestion categories the rule set once held, read as the shared category they belong to, so an
 * old page or import still sends a valid code (stored rows were moved by the unify_categories migration).
 */
export const retiredCategoryCodes: Readonly<Record<string, ProposalCategory>> = {
  livelihood: "society",
  environment: "ecology",
  cultureEducation: "culture",
  governance: "society",
};

export function currentCategory(code: string): string {
  return Object.hasOwn(retiredCategoryCodes, code) ? retiredCategoryCodes[code]! : code;
}

/** A category as sent by a form: one of the shared list (a retired code is read as its successor). */
export function categoryField(missing: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? currentCategory(v) : v),
    z.enum(proposalCategories, { error: missing }),
  );
}

/** The shared list as options: code and label, in reporting order. */
export const categoryOptions = proposalCategories.map((code) => ({ code, label: proposalCategoryLabels[code] }));

/** The label of a stored category, a retired one included; an unknown code shows as it is rather than vanish. */
export function categoryLabel(code: string): string {
  const current = currentCategory(code);
  return (proposalCategories as readonly string[]).includes(current) ? proposalCategoryLabels[current as ProposalCategory] : code;
}
