import {
  assignmentInput,
  evaluationInput,
  extensionRequestInput,
  proposalSubmitInput,
  keyProposalInput,
  notFiledConversions,
  pageInput,
  proposalCategories,
  proposalDraftInput,
  proposalStatuses,
  proposerKinds,
  statisticsGroupings,
  idField,
} from "@cppcc/domain";
import { z } from "zod";

/**
 * What the proposal procedures take beyond the domain's own schemas: which proposal, the version
 * the client read (a stale one gets CONFLICT) and, for steps a double click could repeat, the
 * client's id for the request (the same id twice does the step once).
 */
export const requestId = z.string().trim().min(8, "请求标识无效").max(64, "请求标识无效");

export const proposalRef = z.object({ id: idField("提案") });

export const stepInput = proposalRef.extend({
  version: z.number({ error: "缺少版本号，请刷新页面后重试" }).int().min(1),
  requestId: requestId.optional(),
});
export type StepInputValue = z.infer<typeof stepInput>;

export const createInput = proposalDraftInput.extend({ sessionId: idField("届次会议"), requestId: requestId.optional() });
export type CreateInput = z.infer<typeof createInput>;

/** Autosave: any subset of the text; the length limits already hold. */
export const saveDraftInput = stepInput.extend(
  proposalDraftInput.pick({ title: true, situation: true, suggestions: true, category: true, isLivelihood: true }).shape,
);
export type SaveDraftInput = z.infer<typeof saveDraftInput>;

export const inviteInput = stepInput.extend({
  memberIds: z.array(idField("委员")).min(1, "请选择要邀请联名的委员").max(50, "一次最多邀请 50 位委员"),
});
export const removeCosignerInput = stepInput.extend({ memberId: idField("委员") });
export const respondInput = proposalRef.extend({ confirm: z.boolean({ error: "请选择确认或谢绝联名" }) });

export const similarInput = z.object({
  sessionId: idField("届次会议"),
  title: z.string().trim().max(200).default(""),
  text: z.string().trim().max(6000).default(""),
  excludeId: idField("提案").optional(),
  limit: z.number().int().min(1).max(20).default(5),
});
export type SimilarInput = z.infer<typeof similarInput>;

export const returnForRevisionInput = stepInput.extend({
  reasons: z
    .array(z.string().trim().max(500, "退回理由每条不能超过 500 个字"))
    .min(1, "请写明退回修改的理由，便于提案者修改")
    .max(10, "退回理由最多 10 条"),
});
export const notFileInput = stepInput.extend({
  groundCode: z.string({ error: "请选择不予立案的理由" }).min(1, "请选择不予立案的理由"),
  conversion: z.enum(notFiledConversions, { error: "请选择转办方式：转社情民意信息、转来信处理或不转办" }),
});
export const mergeInput = z.object({
  proposals: z
    .array(z.object({ id: idField("提案"), version: z.number().int().min(1) }))
    .min(2, "并案至少需要两件提案")
    .max(20, "一次最多合并 20 件提案"),
  note: z.string().trim().max(500, "并案说明不能超过 500 个字").optional(),
});

export const assignInput = stepInput.extend({ assignment: assignmentInput });
export const reassignInput = assignInput.extend({
  reason: z.string({ error: "请写明重新交办的理由" }).trim().min(1, "请写明重新交办的理由（如原单位反映不属于其职责），便于各单位知悉").max(500, "重新交办的理由不能超过 500 个字"),
});

/** 立案, settling the category and the livelihood flag if staff change them. */
export const fileInput = stepInput.extend({
  category: z.enum(proposalCategories, { error: "请从提案类别中选择一项" }).optional(),
  isLivelihood: z.boolean({ error: "请选择是否为民生类提案" }).optional(),
});

/** 申请延期 (a unit, or staff entering its paper request and naming it). */
export const proposalExtensionInput = proposalRef.extend({ ...extensionRequestInput.shape, handlingUnitId: idField("承办单位").optional() });

/** 纸质联名提案: staff enter a joint proposal signed on paper, for members who may have no login. */
export const paperJointInput = z.object({
  sessionId: idField("届次会议"),
  leadMemberId: idField("第一提案人"),
  cosignerIds: z.array(idField("联名委员")).min(1, "请选择在纸质提案上签名的联名委员").max(50, "联名委员最多 50 位"),
  title: proposalSubmitInput.shape.title,
  situation: proposalSubmitInput.shape.situation,
  suggestions: proposalSubmitInput.shape.suggestions,
  category: proposalSubmitInput.shape.category,
  isLivelihood: proposalSubmitInput.shape.isLivelihood,
  requestId: requestId.optional(),
});
export type PaperJointInput = z.infer<typeof paperJointInput>;
export const markKeyInput = stepInput.extend({ keyProposal: keyProposalInput });
export const followUpInput = proposalRef.extend({
  heldOn: z.iso.date("回头看日期格式应为 YYYY-MM-DD"),
  note: z.string().trim().max(2000, "回头看情况不能超过 2000 个字").optional(),
});

/** Staff entering a unit's paper letter name the unit; a handler always acts for its own. */
const onBehalfOf = { handlingUnitId: idField("承办单位").optional() };

export const letterLimits = { reply: { min: 20, max: 20000 }, coOpinion: { min: 10, max: 10000 } } as const;
const letterText = (kind: keyof typeof letterLimits, what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(letterLimits[kind].min, `${what}至少 ${letterLimits[kind].min} 个字`)
    .max(letterLimits[kind].max, `${what}不能超过 ${letterLimits[kind].max} 个字，请精简或作为附件另行送达`);
const letterExtras = {
  signer: z.string().trim().max(20, "签发人不能超过 20 个字").optional(),
  contact: z.string().trim().max(60, "联系人及电话不能超过 60 个字").optional(),
};

export const replyInput = stepInput.extend({
  categoryCode: z.string({ error: "请选择答复类别" }).min(1, "请选择答复类别"),
  text: letterText("reply", "答复内容"),
  ...letterExtras,
  ...onBehalfOf,
});
export const coOpinionInput = stepInput.extend({ text: letterText("coOpinion", "会办意见"), ...onBehalfOf });
export const returnAssignmentInput = stepInput.extend({
  reason: z.string({ error: "请写明退回理由" }).trim().min(1, "请写明退回理由（如不属于本单位职责），便于重新交办").max(500, "退回理由不能超过 500 个字"),
  ...onBehalfOf,
});

/** A letter being written: saved as the unit types, without a version (only the unit writes it). */
export const letterDraftInput = proposalRef.extend({
  kind: z.enum(["reply", "coOpinion"], { error: "请选择答复或会办意见" }),
  text: z.string().trim().max(letterLimits.reply.max, `内容不能超过 ${letterLimits.reply.max} 个字`).default(""),
  categoryCode: z.string().max(1).optional(),
  ...letterExtras,
  ...onBehalfOf,
});

export const evaluateInput = stepInput.extend(evaluationInput.shape);

export const listInput = pageInput.extend({
  sessionId: idField("届次会议").optional(),
  statuses: z.array(z.enum(proposalStatuses)).max(proposalStatuses.length).optional(),
  category: z.enum(proposalCategories).optional(),
  isLivelihood: z.boolean().optional(),
  proposerKind: z.enum(proposerKinds).optional(),
  handlingUnitId: idField("承办单位").optional(),
  isKey: z.boolean().optional(),
  mergeGroupId: idField("并案组").optional(),
  /** A number (13-2-015) or words of the title. */
  query: z.string().trim().max(50, "搜索内容不能超过 50 个字").optional(),
  /** The review queue works oldest first; everything else newest first. */
  order: z.enum(["newest", "oldest"]).default("newest"),
});
export type ListInput = z.infer<typeof listInput>;

/** 逾期 (past the last day), 临期 (due within the rule set's farthest reminder) or every task not done; the homes link to each. */
export const deadlineWindows = ["overdue", "dueSoon", "open"] as const;
export type DeadlineWindow = (typeof deadlineWindows)[number];
export const overdueInput = z
  .object({
    handlingUnitId: idField("承办单位").optional(),
    window: z.enum(deadlineWindows, { error: "请选择逾期、临期或全部未完成" }).default("overdue"),
  })
  .prefault({});
export const keyListInput = z.object({ sessionId: idField("届次会议").optional() }).default({});

export const statisticsInput = z
  .object({
    /** One session; without it, every session of the term (the latest term when none is named). */
    sessionId: idField("届次会议").optional(),
    termId: idField("届次").optional(),
    by: z.enum(statisticsGroupings, { error: "请选择统计口径：按届次会议、承办单位、界别或专委会" }).default("session"),
  })
  .default({ by: "session" });
export type StatisticsInput = z.infer<typeof statisticsInput>;

export const exportListInput = listInput.omit({ cursor: true, limit: true }).default({ order: "newest" });
