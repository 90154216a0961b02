import type { ConsultationPatch } from "./draft";
import type { ConsultationState } from "./lifecycle";
import type { ConsultationViolation } from "./validate";

type Field = keyof ConsultationPatch;

/**
 * What may still be changed in each state. Once scheduled, members have been invited to a format,
 * a township and a date: those change only by postponing or cancelling. Once held, the record is
 * history and only its description may be completed.
 */
const frozenFrom: Record<Field, ConsultationState> = {
  formatCode: "scheduled",
  townshipId: "scheduled",
  year: "scheduled",
  quarter: "scheduled",
  plannedDate: "scheduled",
  planItemId: "scheduled",
  title: "held",
  leadCommitteeId: "held",
  sectorIds: "held",
  handlingUnitIds: "held",
  linkedProposalIds: "held",
  replyDeadline: "held",
  // A new hour on the same day is a notice, not a postponement; the contact may change hands.
  startTime: "held",
  contactName: "held",
  contactPhone: "held",
  mode: "held",
  venue: "held",
  venueId: "held",
  description: "closed",
};

const order: readonly ConsultationState[] = ["draft", "planned", "scheduled", "held", "outcomeSubmitted", "feedbackReceived", "closed"];

const stateWords: Partial<Record<ConsultationState, string>> = {
  scheduled: "已排期",
  held: "已召开",
  outcomeSubmitted: "已召开",
  feedbackReceived: "已召开",
  closed: "已办结",
};

const fieldLabels: Record<Field, string> = {
  formatCode: "协商形式",
  townshipId: "镇街道",
  year: "年度",
  quarter: "季度",
  plannedDate: "会议日期",
  planItemId: "计划项目",
  title: "题目",
  leadCommitteeId: "牵头专委会",
  sectorIds: "界别",
  handlingUnitIds: "承办单位",
  linkedProposalIds: "关联提案",
  replyDeadline: "报名截止日期",
  startTime: "开始时间",
  contactName: "联系人",
  contactPhone: "联系电话",
  mode: "协商方式",
  venue: "地点",
  venueId: "阵地",
  description: "说明",
};

/** Every field of the patch that may no longer change in this state, with what to do instead. */
export function consultationEditProblems(state: ConsultationState, patch: ConsultationPatch): ConsultationViolation[] {
  if (state === "cancelled") return [{ path: "", code: "frozen", message: "协商已取消，不能再修改" }];
  const at = order.indexOf(state);
  return (Object.keys(patch) as Field[])
    .filter((f) => patch[f] !== undefined && f in frozenFrom && at >= order.indexOf(frozenFrom[f]))
    .map((f) => ({
      path: f,
      code: "frozen" as const,
      message: f === "plannedDate" && state === "scheduled" ? "已排期的协商改日期请使用“延期”" : `协商${stateWords[state]}，${fieldLabels[f]}不能再修改`,
    }));
}

/** Whether anything may still be changed: until it is closed or cancelled (the description is the last to freeze). */
export function consultationEditable(state: ConsultationState): boolean {
  return state !== "closed" && state !== "cancelled";
}
