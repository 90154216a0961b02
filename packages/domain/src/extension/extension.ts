import { addDays, type CalendarDate } from "../calendar";
import { z } from "zod";
import type { ExtensionRules } from "./rules";
import { moved, refusal, refused, type WorkflowResult } from "../workflow/result";

export const extensionStatuses = ["pending", "granted", "refused"] as const;
export type ExtensionStatus = (typeof extensionStatuses)[number];
export const extensionStatusLabels: Record<ExtensionStatus, string> = { pending: "待审批", granted: "已同意", refused: "未同意" };

/** What can have its deadline extended; each kind keeps its own deadline column. */
export const extensionSubjectKinds = ["proposal", "suggestion"] as const;
export type ExtensionSubjectKind = (typeof extensionSubjectKinds)[number];
export const extensionSubjectKindLabels: Record<ExtensionSubjectKind, string> = { proposal: "提案", suggestion: "意见建议" };

const isoDate = (what: string) => z.iso.date(`${what}格式应为 YYYY-MM-DD`);
const reason = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(2, `请填写${what}（至少 2 个字）`)
    .max(500, `${what}不能超过 500 个字`);

/** A unit's request: the date it asks for and why. */
export const extensionRequestInput = z.object({ requestedDueOn: isoDate("申请延至的日期"), reason: reason("延期理由") });
export type ExtensionRequestInput = z.infer<typeof extensionRequestInput>;

/** The office's answer: grant (to the date asked for, or an earlier one) or refuse with a reason. */
export const extensionDecisionInput = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("grant"), grantedDueOn: isoDate("延至日期"), note: z.string().trim().max(500, "说明不能超过 500 个字").optional() }),
  z.object({ decision: z.literal("refuse"), reason: reason("不同意的理由") }),
]);
export type ExtensionDecisionInput = z.infer<typeof extensionDecisionInput>;

/** A request already made in the current handling period. */
export type PastExtension = { status: ExtensionStatus };

/**
 * Whether a screen offers 申请延期 for this period's requests: none waiting and fewer granted than
 * the rule allows. The deadline and the date asked for are judged when the request is made.
 */
export function extensionAskable(past: readonly PastExtension[], rules: ExtensionRules): boolean {
  return !past.some((p) => p.status === "pending") && past.filter((p) => p.status === "granted").length < rules.maxCount;
}

/**
 * Why a unit may not ask for this extension now, or null. It asks while its deadline has not
 * passed (after it, the task is overdue and the office follows it up instead), with no other
 * request waiting, within the rule set's count for the period and its longest extension.
 */
export function extensionRequestProblem(a: {
  dueOn: CalendarDate | null;
  today: CalendarDate;
  requestedDueOn: CalendarDate;
  past: readonly PastExtension[];
  rules: ExtensionRules;
}): string | null {
  if (a.dueOn === null) return "当前没有办理期限，无需申请延期";
  // ISO dates compare correctly as strings.
  if (a.today > a.dueOn) return `办理期限（${a.dueOn}）已过，不能再申请延期；请尽快办理，并向办公室说明情况`;
  if (a.past.some((p) => p.status === "pending")) return "已有一份延期申请等待办公室审批，请勿重复申请";
  const granted = a.past.filter((p) => p.status === "granted").length;
  if (a.rules.maxCount === 0) return "本会规则不允许延期办理";
  if (granted >= a.rules.maxCount) return `本期办理已延期 ${granted} 次，规则规定以 ${a.rules.maxCount} 次为限，不能再申请延期`;
  return newDateProblem(a.dueOn, a.requestedDueOn, a.rules, "申请延至的日期");
}

/**
 * Why the office may not decide so, or null. A request made in time may be granted after the old
 * deadline (the office was slow, not the unit); the date may be shorter than asked, never longer.
 */
export function extensionDecisionProblem(a: {
  status: ExtensionStatus;
  dueOn: CalendarDate | null;
  requestedDueOn: CalendarDate;
  today: CalendarDate;
  decision: ExtensionDecisionInput;
  rules: ExtensionRules;
}): string | null {
  if (a.status !== "pending") return `该延期申请${extensionStatusLabels[a.status]}，不能再次审批`;
  if (a.decision.decision === "refuse") return null;
  if (a.dueOn === null) return "该事项已不在办理中，无需延期；请作不同意处理";
  const granted = a.decision.grantedDueOn;
  if (granted > a.requestedDueOn) return `同意的日期不能晚于承办单位申请的 ${a.requestedDueOn}`;
  if (granted <= a.today) return "延至日期须晚于今天";
  return newDateProblem(a.dueOn, granted, a.rules, "延至日期");
}

function newDateProblem(dueOn: CalendarDate, newDueOn: CalendarDate, rules: ExtensionRules, what: string): string | null {
  if (newDueOn <= dueOn) return `${what}须晚于现在的办理期限 ${dueOn}`;
  const latest = addDays(dueOn, rules.maxDays);
  if (newDueOn > latest) return `每次延期不超过 ${rules.maxDays} 天，${what}最迟为 ${latest}`;
  return null;
}

/** 申请延期 as a workflow step (../workflow/result): a request made is waiting, or the reason it may not be made. */
export function extensionRequestStep(a: Parameters<typeof extensionRequestProblem>[0]): WorkflowResult<"pending"> {
  const problem = extensionRequestProblem(a);
  return problem ? refused(refusal("extensionRequest", problem, "rule", "requestedDueOn")) : moved("pending");
}

/** 审批延期 as a workflow step: the request's new status, or the reason the office may not decide so. */
export function extensionDecisionStep(a: Parameters<typeof extensionDecisionProblem>[0]): WorkflowResult<"granted" | "refused"> {
  const problem = extensionDecisionProblem(a);
  if (!problem) return moved(a.decision.decision === "grant" ? "granted" : "refused");
  const decided = a.status !== "pending";
  return refused(refusal(decided ? "decided" : "extensionDecision", problem, decided ? "conflict" : "rule", decided ? undefined : "grantedDueOn"));
}
