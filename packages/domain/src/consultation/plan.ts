import { z } from "zod";
import { idField } from "../id";
import type { Actor } from "../auth/policy";
import type { Violation } from "../errors";
import { authorise } from "./access";
import { periodOf, quarterLabel, type IsoDate, type Quarter } from "./dates";
import { allowsCity, consultationFormatCodes, consultationFormats } from "./formats";
import { hasTakenPlace, type ConsultationState } from "./lifecycle";
import { moved, refusal, refused, refusalsOf, refusedIf, type WorkflowResult } from "../workflow/result";

/**
 * The annual consultation plan (年度协商工作计划): agreed with the party committee and the
 * government, then approved and locked. Once approved it is the yardstick the year is measured
 * against, so it is not edited afterwards; a change of course shows as items cancelled or overdue.
 */
export const planStates = ["draft", "approved"] as const;
export type PlanState = (typeof planStates)[number];
export const planStateLabels: Record<PlanState, string> = { draft: "草稿", approved: "已批准" };

export const planItemInput = z.object({
  formatCode: z.enum(consultationFormatCodes, { error: "请选择协商形式" }),
  topic: z.string({ error: "请填写协商议题" }).trim().min(4, "协商议题至少 4 个字").max(80, "协商议题不能超过 80 个字"),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "季度须为 1 至 4" }).nullable().default(null),
  leadCommitteeId: idField("牵头专委会").nullable().default(null),
  note: z.string().trim().max(500, "备注不能超过 500 个字").default(""),
});
export type PlanItemInput = z.infer<typeof planItemInput>;

export const consultationPlanInput = z.object({
  year: z.number({ error: "请填写年度" }).int("年度须为整数").min(2000, "年度不能早于 2000 年").max(2100, "年度不能晚于 2100 年"),
  items: z.array(planItemInput).max(300, "一年的计划不能超过 300 项"),
});
export type ConsultationPlanInput = z.infer<typeof consultationPlanInput>;

export type PlanItem = PlanItemInput & { id: string };
export type ConsultationPlan = { councilId: string; year: number; state: PlanState; items: PlanItem[] };

/** The plan is the city's: township deliberations are planned by their townships, not here. */
export function planItemProblems(items: readonly PlanItemInput[]): Violation[] {
  const problems: Violation[] = [];
  const topics = new Map<string, number>();
  items.forEach((item, i) => {
    const format = consultationFormats[item.formatCode];
    if (!allowsCity(format)) {
      problems.push({ path: `items.${i}.formatCode`, message: `第 ${i + 1} 项：「${format.name}」由镇街道组织，不列入市级年度协商计划` });
    }
    if (format.requires.leadCommittee && item.leadCommitteeId == null) {
      problems.push({ path: `items.${i}.leadCommitteeId`, message: `第 ${i + 1} 项：「${format.name}」须确定牵头专委会` });
    }
    const key = `${item.formatCode}|${item.topic.trim()}`;
    const first = topics.get(key);
    if (first !== undefined) problems.push({ path: `items.${i}.topic`, message: `第 ${i + 1} 项与第 ${first + 1} 项的形式和议题相同，请合并或修改` });
    else topics.set(key, i);
  });
  return problems;
}

/** Null when the plan may be changed; otherwise why not. */
export function planEditProblem(plan: Pick<ConsultationPlan, "state" | "year">): string | null {
  return plan.state === "approved" ? `${plan.year} 年度协商计划已批准并锁定，不能再修改` : null;
}

/** Approving twice is one approval; approving needs a plan with items and no problems. */
export function approvePlan(plan: ConsultationPlan, actor: Actor): WorkflowResult<PlanState> {
  const denied = authorise(actor, "consultationPlan.manage", { councilId: plan.councilId }, "批准年度协商计划");
  if (denied) return refused(denied);
  if (plan.state === "approved") return moved("approved", false);
  if (plan.items.length === 0) return refused(refusal("noItems", "年度协商计划还没有任何协商项目，不能批准", "rule", "items"));
  return refusedIf(refusalsOf("item", planItemProblems(plan.items))) ?? moved("approved");
}

export const planItemProgresses = ["done", "due", "overdue", "upcoming", "cancelled"] as const;
export type PlanItemProgress = (typeof planItemProgresses)[number];
export const planItemProgressLabels: Record<PlanItemProgress, string> = {
  done: "已完成",
  due: "进行中",
  overdue: "逾期未开",
  upcoming: "未到期",
  cancelled: "已取消",
};

/** The consultation carrying out an item, if one was created; heldOn tells a cancelled-after-meeting one. */
export type PlanItemStatus = { consultationState: ConsultationState | null; heldOn?: IsoDate | null };

/**
 * done: the consultation took place · cancelled: it was called off before · otherwise by the item's
 * quarter (or the whole year): upcoming before it starts, due within it, overdue after it ends.
 */
export function planItemProgress(year: number, quarter: Quarter | null, status: PlanItemStatus, today: IsoDate): PlanItemProgress {
  const state = status.consultationState;
  if (state != null && hasTakenPlace(state, status.heldOn)) return "done";
  if (state === "cancelled") return "cancelled";
  const { start, end } = periodOf(year, quarter);
  if (today < start) return "upcoming";
  if (today > end) return "overdue";
  return "due";
}

export type PlanProgress = {
  items: { id: string; progress: PlanItemProgress; period: string }[];
  counts: Record<PlanItemProgress, number>;
  /** Done over all items not cancelled, 0–1; what a report quotes as 完成率. */
  doneRatio: number;
};

export function planProgress(plan: Pick<ConsultationPlan, "year" | "items">, statuses: ReadonlyMap<string, PlanItemStatus>, today: IsoDate): PlanProgress {
  const counts = Object.fromEntries(planItemProgresses.map((p) => [p, 0])) as Record<PlanItemProgress, number>;
  const items = plan.items.map((item) => {
    const progress = planItemProgress(plan.year, item.quarter, statuses.get(item.id) ?? { consultationState: null }, today);
    counts[progress]++;
    return { id: item.id, progress, period: quarterLabel(item.quarter) };
  });
  const counted = items.length - counts.cancelled;
  return { items, counts, doneRatio: counted === 0 ? 0 : counts.done / counted };
}
