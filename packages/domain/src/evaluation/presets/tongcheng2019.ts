import { parsePublishedTable } from "../schema";

/**
 * Tongcheng 2019: out of 100, 60 to pass. A joint proposal's first proposer gets half and the
 * other signers share the rest, on submission and on filing. The ledger credits co-signers only at
 * filing (they did not write it), so their clause carries the whole proposal's value (10 + 15)
 * and hands them the same share they would have had of both steps.
 */
export const tongcheng2019 = parsePublishedTable({
  schemaVersion: 1,
  status: "published",
  name: "桐城市政协委员履职考评",
  year: 2019,
  citation: "桐城市政协委员履职量化考评办法（2019年）",
  categories: [
    { code: "meetings", label: "参加会议", cap: 50, floor: 0 },
    { code: "proposals", label: "提案", cap: 25, floor: 0 },
    { code: "activities", label: "参加活动", cap: 10, floor: 0 },
    { code: "opinionReports", label: "社情民意信息", cap: 15, floor: 0 },
  ],
  clauses: [
    { code: "plenaryPresent", label: "出席全体会议", category: "meetings", kinds: ["plenaryAttendance"], points: 50 },
    { code: "plenaryLeave", label: "全体会议请假（已准假）", category: "meetings", kinds: ["plenaryLeave"], points: 30 },
    { code: "plenaryAbsent", label: "全体会议无故缺席", category: "meetings", kinds: ["plenaryAbsence"], points: 0 },
    { code: "standingLeave", label: "常委会议请假", category: "meetings", kinds: ["standingMeetingLeave"], points: -2 },
    { code: "standingAbsent", label: "常委会议无故缺席", category: "meetings", kinds: ["standingMeetingAbsence"], points: -5 },
    { code: "proposalSubmitted", label: "提交提案", category: "proposals", kinds: ["proposalSubmitted"], points: 10, split: { leadShare: 0.5 } },
    { code: "proposalFiled", label: "提案立案", category: "proposals", kinds: ["proposalFiledAsLead"], points: 15, split: { leadShare: 0.5 } },
    { code: "proposalCosigned", label: "联名提案立案", category: "proposals", kinds: ["proposalFiledAsCosigner"], points: 25, split: { leadShare: 0.5 } },
    {
      code: "activity",
      label: "参加协商、视察、调研、监督活动",
      category: "activities",
      kinds: ["consultationAttendance", "inspection", "research", "supervisionActivity"],
      points: 2,
    },
    { code: "writtenSpeech", label: "大会书面发言", category: "activities", kinds: ["plenaryWrittenSpeech"], points: 5 },
    { code: "opinionReport", label: "报送社情民意信息", category: "opinionReports", kinds: ["opinionReportSubmitted"], points: 10 },
    { code: "opinionAdopted", label: "社情民意信息被采用", category: "opinionReports", kinds: ["opinionReportAdopted"], points: 5 },
  ],
  bands: [
    { code: "pass", label: "合格", min: 60 },
    { code: "fail", label: "不合格", min: null },
  ],
});
