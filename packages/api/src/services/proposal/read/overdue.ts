import { proposal } from "@cppcc/db";
import { dueSoonTasks, handlingTasksOf, outstandingTasks, overdueTasks, reminderWindow } from "@cppcc/domain";
import { and, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { overdueInput } from "../inputs";
import { reminderRules } from "../../notification/reminders";
import { proposalRules } from "../shared/rules";
import { proposalScope } from "../shared/scope";
import { unitNames } from "./names";

/**
 * 超期未办: every reply or co-unit opinion still outstanding after its last day, most overdue
 * first; or, with window "dueSoon", those due today or within the farthest reminder, soonest first; or, with
 * "open", every task not yet done, earliest last day first. Only proposals under handling can be overdue, and a council has a few hundred of those
 * at most, so the domain works the tasks out from their states; a unit sees only its own tasks.
 * Not paged: the list is as long as the backlog, which is the point of showing it.
 */
export async function overdueList({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof overdueInput> }) {
  const { db } = ctx.db;
  const now = ctx.clock.now();
  const councilId = ctx.session.council.id;
  const [rows, rules, units, reminders] = await Promise.all([
    db
      .select({ id: proposal.id, number: proposal.number, title: proposal.title, isKey: proposal.isKey, state: proposal.state })
      .from(proposal)
      .where(and(proposalScope(ctx, "proposal.handle"), inArray(proposal.status, ["assigned", "rehandling"]))),
    proposalRules(db, councilId),
    unitNames(db, councilId),
    reminderRules(db, councilId),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const unitId = ctx.actor.role === "handler" ? ctx.actor.handlingUnitId : input.handlingUnitId;
  const tasks = rows.flatMap((r) => handlingTasksOf(r.id, r.state, rules));
  const timed =
    input.window === "open"
      ? outstandingTasks(tasks, now)
      : input.window === "dueSoon"
        ? dueSoonTasks(tasks, now, reminderWindow(reminders)).map((t) => ({ ...t, daysOverdue: 0 }))
        : overdueTasks(tasks, now).map((t) => ({ ...t, daysLeft: null as number | null }));
  return timed
    .filter((t) => !unitId || t.handlingUnitId === unitId)
    .map((t) => {
      const p = byId.get(t.proposalId)!;
      return { ...t, number: p.number, title: p.title, isKey: p.isKey, unitName: units.get(t.handlingUnitId) ?? "" };
    });
}
