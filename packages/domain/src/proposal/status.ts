/**
 * Where a proposal is in its life. Terminal: withdrawn, notFiled, closed.
 * assignmentReturned: a unit said it was wrongly assigned and staff must assign it again.
 */
export const proposalStatuses = [
  "draft",
  "submitted",
  "underReview",
  "returned",
  "withdrawn",
  "filed",
  "notFiled",
  "assigned",
  "assignmentReturned",
  "replied",
  "rehandling",
  "evaluated",
  "closed",
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalStatusLabels: Record<ProposalStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  underReview: "审查中",
  returned: "退回修改",
  withdrawn: "已撤回",
  filed: "已立案",
  notFiled: "不予立案",
  assigned: "办理中",
  assignmentReturned: "退回待重新交办",
  replied: "已答复",
  rehandling: "重新办理",
  evaluated: "已测评",
  closed: "已办结",
};

export const terminalStatuses: readonly ProposalStatus[] = ["withdrawn", "notFiled", "closed"];

/** The proposer may change the text only before staff review it, or after it came back for revision. */
export const editableStatuses: readonly ProposalStatus[] = ["draft", "returned"];

/** Filed means the proposal got a number and counts in the 立案 figure, whatever happened next. */
export const filedStatuses: readonly ProposalStatus[] = [
  "filed",
  "assigned",
  "assignmentReturned",
  "replied",
  "rehandling",
  "evaluated",
  "closed",
];
