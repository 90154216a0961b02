import type { EvaluationTableInput } from "./schema";

/** The bands most published tables use; a new council's draft starts from them. */
export const defaultEvaluationBands = [
  { code: "excellent", label: "优秀", min: 85 },
  { code: "competent", label: "称职", min: 60 },
  { code: "incompetent", label: "不称职", min: null, consequence: "由政协领导谈话，督促改进" },
] satisfies EvaluationTableInput["bands"];

/** The exit triggers seen most often in published rules (激励约束退出机制). */
export const defaultExitTriggers = [
  {
    type: "entryCount",
    code: "plenaryAbsences",
    label: "一届内两次无故缺席全体会议",
    consequence: "提请审查委员资格",
    kinds: ["plenaryAbsence"],
    count: 2,
    within: "term",
  },
  {
    type: "lowScore",
    code: "lowScoreTwoYears",
    label: "连续两年考评低于60分",
    consequence: "约谈；仍无改进的，劝其辞去委员职务",
    below: 60,
    years: 2,
  },
] satisfies EvaluationTableInput["exitTriggers"];
