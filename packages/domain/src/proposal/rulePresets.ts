import type { ProposalRules } from "./ruleSet";

/** Grounds for not filing, after the national regulations (全国政协提案工作条例) as city councils apply them. */
const nationalGrounds = [
  { code: "secret", label: "涉及党和国家秘密的" },
  { code: "prohibited", label: "国家明令禁止的" },
  { code: "partyPersonnel", label: "中共党员对党内组织、人事安排等有意见的" },
  { code: "partyInternal", label: "民主党派成员反映本组织内部问题的" },
  { code: "litigation", label: "已进入诉讼、仲裁、行政复议等法定程序的" },
  { code: "academic", label: "属于学术研讨的" },
  { code: "personal", label: "为本人或亲属解决个人问题的" },
  { code: "promotion", label: "宣传、推介具体作品、产品的" },
  { code: "accusation", label: "指名举报的" },
  { code: "vague", label: "内容空泛、没有具体建议的" },
];

const threeLevelScale = [
  { code: "satisfied", label: "满意", satisfied: true },
  { code: "basicallySatisfied", label: "基本满意", satisfied: true },
  { code: "unsatisfied", label: "不满意", satisfied: false },
];

/**
 * Zhejiang city practice (嘉兴、平湖): three reply categories, three months to reply, ten days
 * to return a wrongly assigned proposal, evaluation per dimension, 三审一退.
 */
export const zhejiangProposalRules: ProposalRules = {
  replyCategories: [
    { code: "A", label: "已解决或采纳", resolved: true },
    { code: "B", label: "列入计划解决", resolved: true },
    { code: "C", label: "留作参考", resolved: false },
  ],
  deadlines: { handlingMonths: 3, rehandlingMonths: 1, returnDays: 10, coOpinionDays: 30, evaluationDays: 30 },
  satisfaction: {
    scale: threeLevelScale,
    dimensions: [
      { code: "contact", label: "沟通联系" },
      { code: "outcome", label: "办理实效" },
    ],
  },
  notFiledGrounds: [...nationalGrounds, { code: "outOfScope", label: "不属于本级党委、政府及有关部门职权范围的" }],
  maxReviewRounds: 3,
};

/**
 * The four-letter reply classification many councils use (A 已经解决 / B 正在解决 / C 以后解决 /
 * D 无法解决), with shorter deadlines, a one-week return window (as in the national office's
 * own rules for units), one overall rating and two review rounds.
 */
export const fourCategoryProposalRules: ProposalRules = {
  replyCategories: [
    { code: "A", label: "所提问题已经解决或基本解决", resolved: true },
    { code: "B", label: "所提问题正在解决或列入计划解决", resolved: true },
    { code: "C", label: "因条件限制或其他原因需要以后解决", resolved: false },
    { code: "D", label: "所提问题因受条件限制或其他原因无法解决", resolved: false },
  ],
  deadlines: { handlingMonths: 2, rehandlingMonths: 1, returnDays: 7, coOpinionDays: 20, evaluationDays: 15 },
  satisfaction: { scale: threeLevelScale, dimensions: [] },
  notFiledGrounds: nationalGrounds,
  maxReviewRounds: 2,
};
