import { isSatisfied } from "./evaluation";
import type { ProposerKind } from "./proposer";
import type { ProposalRules } from "./ruleSet";
import { filedStatuses, type ProposalStatus } from "./status";

/**
 * The figures offices report (收到、立案、民生占比、答复类别、满意率), computed from plain rows so
 * the same code serves the statistics screen, the Excel export and the tests. The caller
 * resolves who a proposal is attributed to (the first proposer's sector, a committee proposal's
 * committee) when it builds the rows.
 */
export type ProposalStatRow = {
  sessionId: string;
  status: ProposalStatus;
  proposerKind: ProposerKind;
  isLivelihood: boolean;
  /** 重点提案 and 并案 (in a merge group): both are decided after filing. */
  isKey: boolean;
  merged: boolean;
  sectorId: string | null;
  committeeId: string | null;
  /** Units that answer in writing (the lead, or each unit of a split). */
  handlingUnitIds: string[];
  /** The latest round's replies: after re-handling, the second reply is the one that stands. */
  replies: { handlingUnitId: string; categoryCode: string }[];
  /** The latest overall rating, or null if not evaluated. */
  evaluation: string | null;
};

export type ProposalStatistics = {
  /** Every proposal submitted (drafts are not received). */
  received: number;
  filed: number;
  notFiled: number;
  /** Filed proposals about livelihood, and their share of the filed. */
  livelihood: number;
  livelihoodShare: number | null;
  /** Filed proposals with a reply (办复). */
  replied: number;
  /** Replies per category code; a split proposal contributes one reply per unit. */
  replyCategories: Record<string, number>;
  /** Replies in a category the rule set counts as resolved (解决采纳). */
  resolved: number;
  evaluated: number;
  /** Evaluations rated satisfied or basically satisfied (as the rule set's scale says). */
  satisfied: number;
  /** satisfied / evaluated; null when nothing was evaluated rather than a misleading 0 or 100 %. */
  satisfactionRate: number | null;
};

const repliedStatuses: readonly ProposalStatus[] = ["replied", "rehandling", "evaluated", "closed"];

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function proposalStatistics(rows: ProposalStatRow[], rules: ProposalRules): ProposalStatistics {
  const resolvedCodes = new Set(rules.replyCategories.filter((c) => c.resolved).map((c) => c.code));
  const replyCategories: Record<string, number> = Object.fromEntries(rules.replyCategories.map((c) => [c.code, 0]));
  let received = 0;
  let filed = 0;
  let notFiled = 0;
  let livelihood = 0;
  let replied = 0;
  let resolved = 0;
  let evaluated = 0;
  let satisfied = 0;
  for (const row of rows) {
    if (row.status === "draft") continue;
    received++;
    if (row.status === "notFiled") notFiled++;
    if (!filedStatuses.includes(row.status)) continue;
    filed++;
    if (row.isLivelihood) livelihood++;
    if (repliedStatuses.includes(row.status)) replied++;
    for (const r of row.replies) {
      replyCategories[r.categoryCode] = (replyCategories[r.categoryCode] ?? 0) + 1;
      if (resolvedCodes.has(r.categoryCode)) resolved++;
    }
    if (row.evaluation !== null) {
      evaluated++;
      if (isSatisfied(row.evaluation, rules)) satisfied++;
    }
  }
  return {
    received,
    filed,
    notFiled,
    livelihood,
    livelihoodShare: share(livelihood, filed),
    replied,
    replyCategories,
    resolved,
    evaluated,
    satisfied,
    satisfactionRate: share(satisfied, evaluated),
  };
}

export const statisticsGroupings = ["session", "handlingUnit", "sector", "committee"] as const;
export type StatisticsGrouping = (typeof statisticsGroupings)[number];

export const statisticsGroupingLabels: Record<StatisticsGrouping, string> = {
  session: "按届次会议",
  handlingUnit: "按承办单位",
  sector: "按界别",
  committee: "按专委会",
};

export type GroupStatistics = { key: string | null; statistics: ProposalStatistics };

/**
 * The rows per group. A proposal answered by several units counts once for each of them, with
 * only that unit's replies, so per-unit rows do not add up to the council's total; rows without a
 * sector or committee fall under key null rather than vanish, and so do filed proposals no unit
 * handles yet (未交办) when grouping by unit. A proposal not filed belongs to no unit at all.
 */
export function groupStatRows(rows: ProposalStatRow[], by: StatisticsGrouping): [string | null, ProposalStatRow[]][] {
  const groups = new Map<string | null, ProposalStatRow[]>();
  const add = (key: string | null, row: ProposalStatRow) => {
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  };
  for (const row of rows) {
    if (by === "session") add(row.sessionId, row);
    else if (by === "sector") add(row.sectorId, row);
    else if (by === "committee") add(row.committeeId, row);
    else if (row.handlingUnitIds.length === 0) {
      if (filedStatuses.includes(row.status)) add(null, row);
    } else for (const unit of row.handlingUnitIds) add(unit, { ...row, replies: row.replies.filter((r) => r.handlingUnitId === unit) });
  }
  return [...groups.entries()].sort(([a], [b]) => (a ?? "\uffff").localeCompare(b ?? "\uffff"));
}

export function proposalStatisticsBy(rows: ProposalStatRow[], by: StatisticsGrouping, rules: ProposalRules): GroupStatistics[] {
  return groupStatRows(rows, by).map(([key, group]) => ({ key, statistics: proposalStatistics(group, rules) }));
}
