import { z } from "zod";
import type { Role } from "../auth/role";
import { assignmentInput } from "./assignment";
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
  z.object({ type: z.literal("file"), number: z.string() }),
  z.object({
    type: z.literal("notFile"),
    groundCode: z.string(),
    conversion: z.enum(notFiledConversions, { error: "请选择转办方式：转社情民意信息、转来信处理或不转办" }),
  }),
  z.object({ type: z.literal("merge"), mergeGroupId: z.string().min(1, "请选择并案组") }),
  z.object({ type: z.literal("markKey"), keyProposal: keyProposalInput }),
  z.object({ type: z.literal("assign"), assignment: assignmentInput }),
  z.object({ type: z.literal("returnAssignment"), reason: z.string().trim().max(500, "退回理由不能超过 500 个字"), ...onBehalfOfUnit }),
  z.object({ type: z.literal("sendCoOpinion"), ...onBehalfOfUnit }),
  z.object({ type: z.literal("reply"), categoryCode: z.string(), ...onBehalfOfUnit }),
  z.object({ type: z.literal("evaluate"), evaluation: evaluationInput }),
  z.object({ type: z.literal("close") }),
]);
export type ProposalEvent = z.infer<typeof proposalEventSchema>;
export type ProposalEventType = ProposalEvent["type"];

type Step = { label: string; from: readonly ProposalStatus[]; roles: readonly Role[] };

/**
 * Every transition: the states it starts from and the roles that may take it (member = the
 * proposer, handler = an assigned unit, admin = staff, who may also act on paper a proposer or a
 * unit handed in). Preconditions beyond these are in transition.ts.
 */
export const proposalSteps = {
  submit: { label: "提交", from: ["draft"], roles: ["member", "admin"] },
  withdraw: { label: "撤回", from: ["submitted", "underReview", "returned"], roles: ["member", "admin"] },
  startReview: { label: "开始审查", from: ["submitted"], roles: ["admin"] },
  returnForRevision: { label: "退回修改", from: ["underReview"], roles: ["admin"] },
  resubmit: { label: "修改后重新提交", from: ["returned"], roles: ["member", "admin"] },
  file: { label: "立案", from: ["underReview"], roles: ["admin"] },
  notFile: { label: "不予立案", from: ["underReview"], roles: ["admin"] },
  merge: { label: "并案", from: ["filed"], roles: ["admin"] },
  markKey: { label: "列为重点提案", from: ["filed", "assignmentReturned", "assigned"], roles: ["admin"] },
  assign: { label: "交办", from: ["filed", "assignmentReturned"], roles: ["admin"] },
  returnAssignment: { label: "退回交办", from: ["assigned"], roles: ["handler", "admin"] },
  sendCoOpinion: { label: "提交会办意见", from: ["assigned"], roles: ["handler", "admin"] },
  reply: { label: "答复", from: ["assigned", "rehandling"], roles: ["handler", "admin"] },
  evaluate: { label: "测评", from: ["replied"], roles: ["member", "admin"] },
  close: { label: "办结", from: ["replied", "evaluated"], roles: ["admin"] },
} as const satisfies Record<ProposalEventType, Step>;

export const proposalEventTypes = Object.keys(proposalSteps) as ProposalEventType[];
