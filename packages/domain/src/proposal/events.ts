import { z } from "zod";
import type { Role } from "../auth/role";
import type { StepKind } from "../workflow/step";
import { assignmentInput } from "./assignment";
import { proposalCategories } from "./category";
import { evaluationInput } from "./evaluation";
import { keyProposalInput } from "./keyProposal";
import type { ProposalStatus } from "./status";

/** A proposal not filed is not thrown away: with the proposer's consent it goes on in another form. */
export const notFiledConversions = ["opinionReport", "letter", "none"] as const;
export type NotFiledConversion = (typeof notFiledConversions)[number];

export const notFiledConversionLabels: Record<NotFiledConversion, string> = {
  opinionReport: "转为社情民意信息",
  letter: "转有关部门作来信处理",
  none: "不转办（已告知提案者）",
};

/** Admin staff may record a unit's paper letter on its behalf; then they name the unit. */
const onBehalfOfUnit = { handlingUnitId: z.string().min(1).optional() };

export const proposalEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("submit") }),
  z.object({ type: z.literal("withdraw") }),
  z.object({ type: z.literal("startReview") }),
  z.object({ type: z.literal("returnForRevision"), reasons: z.array(z.string().trim().max(500, "退回理由每条不能超过 500 个字")) }),
  z.object({ type: z.literal("resubmit") }),
  /** Staff settle the category and the livelihood flag when filing (立案时确定类别), without a revision round. */
  z.object({
    type: z.literal("file"),
    number: z.string(),
    category: z.enum(proposalCategories, { error: "请从提案类别中选择一项" }).optional(),
    isLivelihood: z.boolean({ error: "请选择是否为民生类提案" }).optional(),
  }),
  z.object({
    type: z.literal("notFile"),
    groundCode: z.string(),
    conversion: z.enum(notFiledConversions, { error: "请选择转办方式：转社情民意信息、转来信处理或不转办" }),
  }),
  z.object({ type: z.literal("merge"), mergeGroupId: z.string().min(1, "请选择并案组") }),
  z.object({ type: z.literal("markKey"), keyProposal: keyProposalInput }),
  z.object({ type: z.literal("assign"), assignment: assignmentInput }),
  z.object({
    type: z.literal("reassign"),
    assignment: assignmentInput,
    reason: z.string().trim().max(500, "重新交办的理由不能超过 500 个字"),
  }),
  z.object({ type: z.literal("returnAssignment"), reason: z.string().trim().max(500, "退回理由不能超过 500 个字"), ...onBehalfOfUnit }),
  z.object({ type: z.literal("sendCoOpinion"), ...onBehalfOfUnit }),
  z.object({ type: z.literal("reply"), categoryCode: z.string(), ...onBehalfOfUnit }),
  z.object({ type: z.literal("evaluate"), evaluation: evaluationInput }),
  z.object({ type: z.literal("close") }),
]);
export type ProposalEvent = z.infer<typeof proposalEventSchema>;
export type ProposalEventType = ProposalEvent["type"];

type Step = { label: string; kind: StepKind; from: readonly ProposalStatus[]; roles: readonly Role[]; requires: readonly string[] };

/**
 * Every transition: the states it starts from, the roles that may take it (member = the proposer,
 * handler = an assigned unit, admin = staff, who may also enter what a proposer or a unit handed
 * in on paper) and, in words for help texts, its preconditions. transition.ts enforces them.
 */
export const proposalSteps = {
  submit: {
    label: "提交", kind: "primary",
    from: ["draft"],
    roles: ["member", "admin"],
    requires: ["由第一提案人（集体提案为其联系人）提交", "标题、案由、建议、类别、是否民生齐全且不超过字数上限", "联名委员均已答复，且至少一人确认"],
  },
  withdraw: { label: "撤回", kind: "danger", from: ["submitted", "underReview", "returned"], roles: ["member", "admin"], requires: ["未立案"] },
  startReview: { label: "开始审查", kind: "primary", from: ["submitted"], roles: ["admin"], requires: [] },
  returnForRevision: {
    label: "退回修改", kind: "default",
    from: ["underReview"],
    roles: ["admin"],
    requires: ["写明退回理由", "审查轮次未达规则上限（最后一轮须作出立案或不予立案的决定）"],
  },
  resubmit: { label: "修改后重新提交", kind: "primary", from: ["returned"], roles: ["member", "admin"], requires: ["内容齐全且不超过字数上限"] },
  file: {
    label: "立案", kind: "primary",
    from: ["underReview"],
    roles: ["admin"],
    requires: ["编号为 届-次-序号，且本次会议从未使用", "可同时确定提案类别和是否民生，不占用退回修改的轮次"],
  },
  notFile: { label: "不予立案", kind: "danger", from: ["underReview"], roles: ["admin"], requires: ["理由取自规则列出的不予立案理由", "记录转办方式"] },
  merge: { label: "并案", kind: "default", from: ["filed"], roles: ["admin"], requires: ["尚未并案", "同一次会议、均已立案且尚未交办"] },
  markKey: { label: "列为重点提案", kind: "default", from: ["filed", "assignmentReturned", "assigned"], roles: ["admin"], requires: ["尚不是重点提案", "写明领办领导", "回头看日期不早于今天"] },
  assign: { label: "交办", kind: "primary", from: ["filed", "assignmentReturned"], roles: ["admin"], requires: ["一个主办单位加若干会办单位，或两个以上分办单位，每个单位只出现一次"] },
  reassign: {
    label: "重新交办", kind: "default",
    from: ["assigned"],
    roles: ["admin"],
    requires: ["写明重新交办的理由", "尚无单位答复", "退回期限已过的交办不当，由办公室直接重新交办"],
  },
  returnAssignment: {
    label: "退回交办", kind: "danger",
    from: ["assigned"],
    roles: ["handler", "admin"],
    requires: ["由被交办的单位退回并写明理由", "在规则规定的退回期限内", "尚无单位答复"],
  },
  sendCoOpinion: { label: "提交会办意见", kind: "primary", from: ["assigned"], roles: ["handler", "admin"], requires: ["由会办单位提交", "尚未提交过"] },
  reply: {
    label: "答复", kind: "primary",
    from: ["assigned", "rehandling"],
    roles: ["handler", "admin"],
    requires: ["由主办单位或分办单位答复", "答复类别取自规则", "主办单位须在会办意见到齐后答复", "本轮尚未答复"],
  },
  evaluate: {
    label: "测评", kind: "primary",
    from: ["replied"],
    roles: ["member", "admin"],
    requires: ["由第一提案人（集体提案为其联系人）测评", "总体及规则要求的各评价项均已评价", "不满意时写明原因"],
  },
  close: { label: "办结", kind: "primary", from: ["replied", "evaluated"], roles: ["admin"], requires: ["已测评，或答复后测评期限已满"] },
} as const satisfies Record<ProposalEventType, Step>;

export const proposalEventTypes = Object.keys(proposalSteps) as ProposalEventType[];
