import { committee, consultation, consultationPlan, consultationPlanItem } from "@cppcc/db";
import { Conflict, planEditProblem, planItemProblems, RuleViolation } from "@cppcc/domain";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { assertVersion } from "../shared/version";
import type { PlanSaveInput } from "./inputs";

/** Creates the year's draft plan or replaces its items; an approved plan is locked. */
export async function savePlan({ ctx, input }: { ctx: SignedInContext; input: PlanSaveInput }) {
  const councilId = ctx.session.council.id;
  const problems = planItemProblems(input.items);
  if (problems.length > 0) throw new RuleViolation(problems);
  return ctx.db.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(consultationPlan)
      .where(and(eq(consultationPlan.councilId, councilId), eq(consultationPlan.year, input.year)))
      .for("update");
    if (!existing && input.version != null) throw new Conflict("该年度协商计划已被删除，请刷新后查看");
    if (existing) {
      if (input.version == null) throw new Conflict(`${input.year} 年度协商计划已由他人建立，请刷新后修改`);
      assertVersion(existing.version, input.version, "plan");
      const locked = planEditProblem(existing);
      if (locked) throw new RuleViolation(locked);
    }
    const [plan] = existing
      ? await tx
          .update(consultationPlan)
          .set({ version: sql`${consultationPlan.version} + 1`, updatedAt: ctx.clock.now() })
          .where(eq(consultationPlan.id, existing.id))
          .returning()
      : await tx.insert(consultationPlan).values({ councilId, year: input.year }).onConflictDoNothing().returning();
    // Two people creating the same year at once: the second is told, not merged silently.
    if (!plan) throw new Conflict(`${input.year} 年度协商计划已由他人建立，请刷新后修改`);

    const committeeIds = [...new Set(input.items.flatMap((i) => (i.leadCommitteeId ? [i.leadCommitteeId] : [])))];
    const committees = committeeIds.length
      ? await tx.select({ id: committee.id }).from(committee).where(and(eq(committee.councilId, councilId), inArray(committee.id, committeeIds)))
      : [];
    if (committees.length < committeeIds.length) throw new RuleViolation([{ path: "items", message: "有的计划项目所选牵头专委会已不存在，请重新选择" }]);

    const keptIds = input.items.flatMap((i) => (i.id ? [i.id] : []));
    const owned = keptIds.length
      ? await tx
          .select({ id: consultationPlanItem.id })
          .from(consultationPlanItem)
          .where(and(eq(consultationPlanItem.planId, plan.id), inArray(consultationPlanItem.id, keptIds)))
      : [];
    if (owned.length < new Set(keptIds).size) throw new Conflict("计划项目已被他人改动，请刷新后重新编辑");
    const removed = await tx
      .select({ id: consultationPlanItem.id })
      .from(consultationPlanItem)
      .where(and(eq(consultationPlanItem.planId, plan.id), keptIds.length ? notInArray(consultationPlanItem.id, keptIds) : undefined));
    if (removed.length > 0) {
      const [used] = await tx
        .select({ title: consultation.title })
        .from(consultation)
        .where(inArray(consultation.planItemId, removed.map((r) => r.id)))
        .limit(1);
      if (used) throw new RuleViolation(`协商「${used.title}」正在落实要删除的计划项目，请先调整该协商再删除项目`);
      await tx.delete(consultationPlanItem).where(inArray(consultationPlanItem.id, removed.map((r) => r.id)));
    }
    if (input.items.length > 0) {
      // One statement for the whole list: kept items (their ids were checked above) are updated in place, new ones inserted.
      await tx
        .insert(consultationPlanItem)
        .values(input.items.map((item, sortOrder) => ({ ...item, sortOrder, councilId, planId: plan.id })))
        .onConflictDoUpdate({
          target: [consultationPlanItem.councilId, consultationPlanItem.id],
          set: {
            formatCode: sql`excluded.format_code`,
            topic: sql`excluded.topic`,
            quarter: sql`excluded.quarter`,
            leadCommitteeId: sql`excluded.lead_committee_id`,
            note: sql`excluded.note`,
            sortOrder: sql`excluded.sort_order`,
          },
        });
    }
    await recordEvent(tx, eventActor(ctx), { action: "consultationPlan.save", entity: "consultation_plan", entityId: plan.id, before: existing ?? null, after: input, occurredAt: ctx.clock.now(), timeline: { label: "保存协商计划" } });
    return plan;
  });
}
