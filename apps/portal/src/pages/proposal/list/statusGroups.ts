import type { ProposalStatus } from "@cppcc/domain";

/** The list's tabs: where the proposals are, in the words a member thinks in. */
export const statusGroups = [
  { key: "all", title: "全部", statuses: undefined },
  { key: "draft", title: "草稿", statuses: ["draft"] },
  { key: "review", title: "审查中", statuses: ["submitted", "underReview", "returned"] },
  { key: "handling", title: "办理中", statuses: ["filed", "assigned", "assignmentReturned", "replied", "rehandling", "evaluated"] },
  { key: "ended", title: "已结束", statuses: ["closed", "notFiled", "withdrawn"] },
] as const satisfies readonly { key: string; title: string; statuses: readonly ProposalStatus[] | undefined }[];

export type StatusGroupKey = (typeof statusGroups)[number]["key"];
