import { consultationDutyEventKinds, consultationDutyEventLabels } from "../consultation/dutyEvents";
import { proposalDutyEventKinds, proposalDutyEventLabels } from "../proposal/dutyEvents";

/**
 * Kinds of duty-ledger entry that modules still to come will write (plenary and standing-committee
 * meetings, opinion reports, supervision, online deliberation, study) and those the office adds for
 * what happened off the platform. Listed now so a table can already score them and a typo in a
 * table is refused instead of silently scoring nothing.
 */
export const plannedDutyEntryLabels = {
  plenaryAttendance: "出席全体会议",
  plenaryLeave: "全体会议请假（已准假）",
  plenaryAbsence: "全体会议无故缺席",
  plenaryWrittenSpeech: "大会书面发言",
  standingMeetingAttendance: "出席常委会议",
  standingMeetingLeave: "常委会议请假（已准假）",
  standingMeetingAbsence: "常委会议无故缺席",
  proposalExcellent: "提案评为优秀提案",
  opinionReportSubmitted: "报送社情民意信息",
  opinionReportAdopted: "社情民意信息被采用",
  inspection: "参加视察",
  research: "参加调研",
  researchReport: "提交调研报告",
  supervisionActivity: "参加民主监督活动",
  supervisionLetter: "提出民主监督建议书",
  onlineStatement: "网络议政发言",
  study: "参加学习活动",
  publicWelfare: "参加公益活动",
  award: "获得表彰",
} as const;

/** Every kind an evaluation table may name, with what a person reads for it. */
export const dutyEntryLabels: Record<string, string> = {
  ...consultationDutyEventLabels,
  ...proposalDutyEventLabels,
  ...plannedDutyEntryLabels,
};

export const dutyEntryKinds: readonly string[] = [
  ...consultationDutyEventKinds,
  ...proposalDutyEventKinds,
  ...Object.keys(plannedDutyEntryLabels),
];
