import { z } from "zod";
import type { Violation } from "../errors";
import { proposalCategories } from "./category";
import { proposerSchema } from "./proposer";

/**
 * One matter per proposal (一事一案): a title, the situation and analysis (案由), and concrete
 * suggestions. Whether the text really keeps to one matter is judged by staff in review, who
 * return it for revision if not.
 */
export const proposalLimits = {
  title: { min: 4, max: 50 },
  situation: { min: 20, max: 3000 },
  suggestions: { min: 20, max: 3000 },
} as const;

const title = z.string({ error: "请填写标题" }).trim().max(proposalLimits.title.max, `标题不能超过 ${proposalLimits.title.max} 个字`);
const situation = z
  .string({ error: "请填写案由（情况和分析）" })
  .trim()
  .max(proposalLimits.situation.max, `案由不能超过 ${proposalLimits.situation.max} 个字，请精简或拆分`);
const suggestions = z
  .string({ error: "请填写具体建议" })
  .trim()
  .max(proposalLimits.suggestions.max, `建议不能超过 ${proposalLimits.suggestions.max} 个字，请精简或拆分`);
const category = z.enum(proposalCategories, { error: "请选择提案类别" });
const isLivelihood = z.boolean({ error: "请选择是否为民生类提案" });
const sessionId = z.string({ error: "请选择届次会议" }).min(1, "请选择届次会议");

/**
 * A draft is saved as the member types, so everything but who proposes may be missing — but the
 * length limits hold already, so a saved draft never needs cutting at submit time.
 */
export const proposalDraftInput = z.object({
  sessionId,
  proposer: proposerSchema,
  title: title.optional(),
  situation: situation.optional(),
  suggestions: suggestions.optional(),
  category: category.optional(),
  isLivelihood: isLivelihood.optional(),
});
export type ProposalDraftInput = z.infer<typeof proposalDraftInput>;

/** Submitting needs the whole text, long enough to say what is wrong and what to do. */
export const proposalSubmitInput = z.object({
  sessionId,
  proposer: proposerSchema,
  title: title.min(proposalLimits.title.min, `标题至少 ${proposalLimits.title.min} 个字`),
  situation: situation.min(proposalLimits.situation.min, `案由至少 ${proposalLimits.situation.min} 个字，请写明情况和分析`),
  suggestions: suggestions.min(proposalLimits.suggestions.min, `建议至少 ${proposalLimits.suggestions.min} 个字，请提出具体可行的建议`),
  category,
  isLivelihood,
});
export type ProposalSubmitInput = z.infer<typeof proposalSubmitInput>;

/** Every reason the draft cannot be submitted yet, each at its field. */
export function submitProblems(draft: unknown): Violation[] {
  const r = proposalSubmitInput.safeParse(draft);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}
