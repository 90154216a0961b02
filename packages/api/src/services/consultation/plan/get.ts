import { consultation, consultationPlan, consultationPlanItem, committee } from "@cppcc/db";
import { consultationFormats, hasTakenPlace, planItemAwaitingSchedule, planProgress, type PlanItemStatus, type Quarter } from "@cppcc/domain";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { today } from "../shared/today";

/**
 * A year's plan with each item's progress (done, due, overdue, upcoming, cancelled) and the
 * consultation carrying it out; null when the year has no plan yet.
 */
export async function getPlan({ ctx, input }: { ctx: SignedInContext; input: { year: number } }) {
  const { db } = ctx.db;
  const [plan] = await db
    .select()
    .from(consultationPlan)
    .where(and(eq(consultationPlan.councilId, ctx.session.council.id), eq(consultationPlan.year, input.year)));
  if (!plan) return null;
  const items = await db
    .select({
      id: consultationPlanItem.id,
      formatCode: consultationPlanItem.formatCode,
      topic: consultationPlanItem.topic,
      quarter: consultationPlanItem.quarter,
      leadCommitteeId: consultationPlanItem.leadCommitteeId,
      leadCommitteeName: committee.name,
      note: consultationPlanItem.note,
    })
    .from(consultationPlanItem)
    .leftJoin(committee, eq(committee.id, consultationPlanItem.leadCommitteeId))
    .where(eq(consultationPlanItem.planId, plan.id))
    .orderBy(asc(consultationPlanItem.sortOrder));
  const linked =
    items.length === 0
      ? []
      : await db
          .select({
            id: consultation.id,
            planItemId: consultation.planItemId,
            title: consultation.title,
            state: consultation.state,
            heldOn: consultation.heldOn,
            plannedDate: consultation.plannedDate,
          })
          .from(consultation)
          .where(inArray(consultation.planItemId, items.map((i) => i.id)))
          .orderBy(desc(consultation.createdAt));
  // An item may have been tried more than once; the one that took place, else the latest not cancelled, speaks for it.
  const carrying = new Map<string, (typeof linked)[number]>();
  for (const c of linked) {
    const current = carrying.get(c.planItemId!);
    const better =
      !current ||
      (hasTakenPlace(c.state, c.heldOn) && !hasTakenPlace(current.state, current.heldOn)) ||
      (current.state === "cancelled" && current.heldOn == null && c.state !== "cancelled");
    if (better) carrying.set(c.planItemId!, c);
  }
  const statuses = new Map<string, PlanItemStatus>(
    items.map((i) => [i.id, { consultationState: carrying.get(i.id)?.state ?? null, heldOn: carrying.get(i.id)?.heldOn ?? null }]),
  );
  const progress = planProgress(
    { year: plan.year, items: items.map((i) => ({ ...i, quarter: i.quarter as Quarter | null })) },
    statuses,
    today(ctx.clock.now()),
  );
  const byId = new Map(progress.items.map((p) => [p.id, p]));
  return {
    ...plan,
    items: items.map((i) => ({
      ...i,
      formatName: consultationFormats[i.formatCode].name,
      progress: byId.get(i.id)!.progress,
      period: byId.get(i.id)!.period,
      consultation: carrying.get(i.id) ?? null,
      awaitingSchedule: planItemAwaitingSchedule(byId.get(i.id)!.progress, carrying.get(i.id)?.state ?? null),
    })),
    counts: progress.counts,
    doneRatio: progress.doneRatio,
  };
}
