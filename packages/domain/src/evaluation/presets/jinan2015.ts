import { parsePublishedTable } from "../schema";

/**
 * Jinan 2015: 70 base for doing the 「三个一」, up to 50 more, out of 120. The first filed proposal
 * as first proposer is part of the base, so only each extra one earns. The rule names no floor for
 * plenary deductions, so none is set: two unexcused absences can take a member below zero there.
 */
export const jinan2015 = parsePublishedTable({
  schemaVersion: 1,
  status: "published",
  name: "济南市政协委员履职考评",
  year: 2015,
  citation: "济南市政协委员履职考核办法（2015年）",
  base: 70,
  categories: [
    { code: "plenary", label: "全体会议出勤", cap: 0, floor: null },
    { code: "bonus", label: "加分项目", cap: 50, floor: 0 },
  ],
  clauses: [
    { code: "plenaryAbsent", label: "全体会议无故缺席", category: "plenary", kinds: ["plenaryAbsence"], points: -30 },
    { code: "plenaryLeave", label: "全体会议请假", category: "plenary", kinds: ["plenaryLeave"], points: -10 },
    {
      code: "extraFiled",
      label: "作为第一提案人，每多立案一件",
      category: "bonus",
      kinds: ["proposalFiledAsLead"],
      points: 5,
      beyondFirst: 1,
    },
    { code: "keyProposal", label: "提案列为重点提案", category: "bonus", kinds: ["keyProposal"], points: 5 },
    { code: "excellentProposal", label: "提案评为优秀提案", category: "bonus", kinds: ["proposalExcellent"], points: 10 },
    { code: "publicWelfare", label: "参加公益活动", category: "bonus", kinds: ["publicWelfare"], points: 2, cap: 10 },
  ],
  minimums: [
    { code: "onePlenary", label: "每年至少出席一次全体会议", kinds: ["plenaryAttendance"] },
    { code: "oneProposalOrReport", label: "每年至少提交一件提案或一篇社情民意信息", kinds: ["proposalSubmitted", "opinionReportSubmitted"] },
    { code: "oneInspectionOrResearch", label: "每年至少参加一次视察或调研", kinds: ["inspection", "research"] },
  ],
  bands: [
    { code: "excellent", label: "优秀", min: 85 },
    { code: "competent", label: "称职", min: 60 },
    { code: "incompetent", label: "不称职", min: null, consequence: "由政协领导谈话" },
  ],
  exitTriggers: [
    { type: "lowScore", code: "lowScoreTwoYears", label: "连续两年考评低于60分", consequence: "由政协约谈", below: 60, years: 2 },
  ],
});
