import { consultationPlan, consultationPlanItem } from "@cppcc/db";
import { approvePlan, type Quarter } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { decide } from "../shared/decide";
import { lockRow } from "../../shared/lockRow";

/** Approves and locks the year's plan; approving an approved plan again changes nothing. */
export async function approveYearPlan({ ctx, input }: { ctx: SignedInContext; input: { year: number; version: number } }) {
  return ctx.db.db.transaction(async (tx) => {
    const plan = await lockRow(
      tx,
      consultationPlan,
      and(eq(consultationPlan.councilId, ctx.session.council.id), eq(consultationPlan.year, input.year)),
      `${input.year} 年度还没有协商计划，请先编制`,
    );
    const items = await tx.select().from(consultationPlanItem).where(eq(consultationPlanItem.planId, plan.id));
    const result = approvePlan(
      { ...plan, items: items.map((i) => ({ ...i, quarter: i.quarter as Quarter | null })) },
      ctx.actor,
    );
    if (!decide(result, plan.version, input.version, "plan").changed) return plan;
    const [after] = await tx
      .update(consultationPlan)
      .set({ state: "approved", approvedAt: ctx.clock.now(), approvedBy: ctx.session.account.id, version: sql`${consultationPlan.version} + 1`, updatedAt: ctx.clock.now() })
      .where(eq(consultationPlan.id, plan.id))
      .returning();
    await recordEvent(tx, eventActor(ctx), { action: "consultationPlan.approve", entity: "consultation_plan", entityId: plan.id, before: plan, after, occurredAt: ctx.clock.now(), timeline: { label: "批准协商计划" } });
    return after!;
  });
}
