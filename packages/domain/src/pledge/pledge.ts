import { dutyEntryLabels } from "../evaluation/kinds";
import { entryUnit } from "./units";

/**
 * A pledge item (承诺事项): either a count of one kind of ledger entry the member commits to reach
 * in the year (「提交提案不少于1件」), checked against the record, or a commitment in the member's
 * own words, which the office judges at year end.
 */
export type PledgeItem = { type: "count"; kind: string; target: number } | { type: "text"; text: string };

/** The office's judgement of a free-text item, by the item's position (a pledge no longer changes once judged). */
export type PledgeJudgement = { met: boolean; note: string };

/** met: reached; notMet: the year is over (or the office judged so); inProgress: the year goes on; toJudge: waits for the office. */
export const pledgeItemStatuses = ["met", "notMet", "inProgress", "toJudge"] as const;
export type PledgeItemStatus = (typeof pledgeItemStatuses)[number];
export const pledgeItemStatusLabels: Record<PledgeItemStatus, string> = {
  met: "已完成",
  notMet: "未完成",
  inProgress: "进行中",
  toJudge: "待办公室认定",
};

/**
 * Kinds a member may pledge a count of: what they do, not what happens to them. Absences and leave
 * are left out (nobody pledges to be absent), as is 「提案列为重点提案」, which the office decides.
 */
const commonFirst = ["proposalSubmitted", "consultationAttendance", "consultationSpeech", "opinionReportSubmitted", "research", "inspection"];

export const pledgeableKinds: readonly string[] = [...new Set([...commonFirst, ...Object.keys(dutyEntryLabels)])].filter(
  (k) => !/Absence$|Leave$/.test(k) && k !== "keyProposal" && k !== "proposalExcellent" && k !== "award" && k !== "opinionReportAdopted",
);

/** What a person reads for an item: 「提交提案不少于 1 件」, or the member's words. */
export function pledgeItemLabel(item: PledgeItem): string {
  if (item.type === "text") return item.text;
  return `${dutyEntryLabels[item.kind] ?? item.kind}不少于 ${item.target} ${entryUnit(item.kind)}`;
}

export type CheckedPledgeItem = PledgeItem & { label: string; status: PledgeItemStatus; count: number | null; judgement: PledgeJudgement | null };

export type PledgeCheck = { items: CheckedPledgeItem[]; counts: Record<PledgeItemStatus, number> };

/**
 * A pledge against the member's live ledger entries of its year: each count item with how many
 * entries of its kind the year holds (met once the target is reached, not met only when the year
 * is over, in progress before), each free-text item as the office judged it or waiting for it.
 */
export function checkPledge(
  items: readonly PledgeItem[],
  entries: readonly { kind: string }[],
  { yearOver, judgements = {} }: { yearOver: boolean; judgements?: Readonly<Record<number, PledgeJudgement>> },
): PledgeCheck {
  const byKind = new Map<string, number>();
  for (const e of entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const checked = items.map((item, i): CheckedPledgeItem => {
    const label = pledgeItemLabel(item);
    if (item.type === "text") {
      const judgement = judgements[i] ?? null;
      return { ...item, label, count: null, judgement, status: judgement ? (judgement.met ? "met" : "notMet") : "toJudge" };
    }
    const count = byKind.get(item.kind) ?? 0;
    const status: PledgeItemStatus = count >= item.target ? "met" : yearOver ? "notMet" : "inProgress";
    return { ...item, label, count, judgement: null, status };
  });
  const counts = Object.fromEntries(pledgeItemStatuses.map((s) => [s, checked.filter((c) => c.status === s).length])) as Record<PledgeItemStatus, number>;
  return { items: checked, counts };
}
