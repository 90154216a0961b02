import type { ProposalStatus } from "@cppcc/domain";

/** The queue's tabs: the statuses each stage of the office's work covers. */
export const queuePresets: { key: string; label: string; statuses: ProposalStatus[] }[] = [
  { key: "review", label: "待审查", statuses: ["submitted", "underReview"] },
  { key: "assign", label: "待交办", statuses: ["filed", "assignmentReturned"] },
  { key: "handling", label: "办理中", statuses: ["assigned", "rehandling"] },
  { key: "close", label: "待办结", statuses: ["replied", "evaluated"] },
  { key: "all", label: "全部", statuses: [] },
];

export function presetOf(statuses: readonly ProposalStatus[]): string | undefined {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s));
  return queuePresets.find((p) => same(p.statuses, statuses))?.key;
}
