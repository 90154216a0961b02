import { z } from "zod";
import { dutyEntryLabels } from "../evaluation/kinds";
import type { ReadonlyEvaluationTable } from "../evaluation/schema";
import type { TriggeredExit, YearRecord } from "../evaluation/triggers";
import { idField } from "../id";
import { isoDate } from "../roster/fields";
import { dutyRankingInput } from "./recordInput";

/** What the office does about a warning, mildest first (谈话提醒 → 书面警示 → 劝辞). */
export const warningActions = ["talk", "writtenWarning", "resignationAdvised"] as const;
export type WarningAction = (typeof warningActions)[number];
export const warningActionLabels: Record<WarningAction, string> = {
  talk: "谈话提醒",
  writtenWarning: "书面警示",
  resignationAdvised: "建议辞去委员",
};

/**
 * The actions the member is told of by notification (履职预警): a letter and the advice to resign are
 * addressed to them; a talk happened with them in the room, so there is nothing to tell.
 */
export const warningActionsNotified: readonly WarningAction[] = ["writtenWarning", "resignationAdvised"];

/** The warnings list takes the ranking's filters, and can keep to members the office has not acted on yet. */
export const dutyWarningsInput = dutyRankingInput.extend({ unhandledOnly: z.boolean().nullish() });
export type DutyWarningsInput = z.infer<typeof dutyWarningsInput>;

export const dutyRecordWarningActionInput = z.object({
  memberId: idField("委员"),
  year: dutyRankingInput.shape.year,
  action: z.enum(warningActions, { error: "请选择处理方式：谈话提醒、书面警示或建议辞去委员" }),
  actedOn: isoDate("处理日期"),
  note: z.string({ error: "请填写处理情况" }).trim().min(1, "请填写处理情况（谈了什么、委员如何表态）").max(500, "处理情况不能超过 500 个字"),
});
export type DutyRecordWarningActionInput = z.infer<typeof dutyRecordWarningActionInput>;

/** Why a member is on the warnings list, naming the rule and the figures. */
export type WarningReason = { code: string; rule: string; text: string; consequence: string | null };

const pts = (n: number) => `${Math.round(n * 100) / 100} 分`;
const yearsText = (years: readonly number[]) => `${years.join("、")} 年`;

/**
 * The reasons a member's year calls for the office (履职预警): a total in the table's lowest band, and
 * each exit trigger the term meets (from `exitTriggers`). The bands and triggers are the table's, so
 * nothing here knows a city's thresholds. `history` is the term up to and including `year`.
 */
export function warningReasons(
  year: number,
  total: number,
  table: ReadonlyEvaluationTable,
  history: readonly YearRecord[],
  triggered: readonly TriggeredExit[],
): WarningReason[] {
  const reasons: WarningReason[] = [];
  const lowest = table.bands[table.bands.length - 1]!;
  const above = table.bands[table.bands.length - 2];
  if (above?.min != null && total < above.min) {
    reasons.push({
      code: `band:${lowest.code}`,
      rule: `考评档次「${lowest.label}」`,
      text: `${year} 年度考评 ${pts(total)}，低于「${above.label}」的 ${pts(above.min)}，属「${lowest.label}」档`,
      consequence: lowest.consequence ?? null,
    });
  }
  const totals = new Map(history.map((h) => [h.year, h.total]));
  for (const t of triggered) {
    const rule = table.exitTriggers.find((r) => r.code === t.code);
    let text: string;
    if (rule?.type === "entryCount") {
      const kinds = rule.kinds.map((k) => dutyEntryLabels[k] ?? k).join("、");
      text = `${yearsText(t.years)}共 ${t.entryIds.length} 次${kinds}（达到 ${rule.count} 次）`;
    } else if (rule?.type === "lowScore") {
      text = `${t.years.map((y) => `${y} 年 ${pts(totals.get(y) ?? 0)}`).join("、")}，均低于 ${pts(rule.below)}`;
    } else {
      const kinds = rule ? rule.kinds.map((k) => dutyEntryLabels[k] ?? k).join("、") : "";
      text = `${yearsText(t.years)}均无${kinds}记录`;
    }
    reasons.push({ code: `trigger:${t.code}`, rule: t.label, text, consequence: t.consequence });
  }
  return reasons;
}
