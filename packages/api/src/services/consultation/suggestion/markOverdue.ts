import { auditLog, consultationSuggestion } from "@cppcc/db";
import { daysBetween, isSuggestionOverdue } from "@cppcc/domain";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { ServiceContext } from "../../../serviceContext";
import { lockCouncilWork } from "../../councilLock";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { deadlineNotices } from "../../notification/reminders";
import { today } from "../shared/today";

const action = "suggestion.overdue";
const entity = "consultation_suggestion";

/**
 * Marks every routed suggestion of the scope's council whose unit has not answered by its
 * deadline (the open-items list's 逾期未答复) with an audit row, once per deadline: a suggestion
 * already marked for that deadline is skipped, and a new deadline (routed again, or extended) is
 * marked when it passes. Suggestions have no unique key to lean on, so the council's marking
 * takes a transaction-level advisory lock: two scans at once take turns and the second sees the
 * first's rows. Returns how many were marked now.
 */
export async function markOverdueSuggestions({ ctx }: { ctx: ServiceContext }): Promise<number> {
  const councilId = ctx.scope.councilId;
  const day = today(ctx.clock.now());
  return ctx.db.db.transaction(async (tx) => {
    await lockCouncilWork(tx, action, councilId);
    const s = consultationSuggestion;
    const routed = await tx
      .select({ id: s.id, state: s.state, deadline: s.deadline, handlingUnitId: s.handlingUnitId })
      .from(s)
      .where(and(eq(s.councilId, councilId), eq(s.state, "routed"), isNotNull(s.deadline)));
    const overdue = routed.filter((r) => isSuggestionOverdue(r, day));
    if (overdue.length === 0) return 0;
    const marked = await tx
      .select({ entityId: auditLog.entityId, deadline: sql<string | null>`${auditLog.after} ->> 'deadline'` })
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.entity, entity), eq(auditLog.action, action), inArray(auditLog.entityId, overdue.map((r) => r.id))));
    const done = new Set(marked.map((m) => `${m.entityId}:${m.deadline}`));
    let count = 0;
    for (const r of overdue) {
      if (done.has(`${r.id}:${r.deadline}`)) continue;
      const after = { deadline: r.deadline, handlingUnitId: r.handlingUnitId, daysOverdue: daysBetween(r.deadline!, day) };
      const notices =
        r.handlingUnitId === null
          ? []
          : deadlineNotices(
              councilId,
              "deadline.overdue",
              `deadline.overdue:suggestion:${r.id}:${r.deadline}`,
              { subject: "suggestion", id: r.id, handlingUnitId: r.handlingUnitId, dueOn: r.deadline!, days: after.daysOverdue },
              ctx.clock.now(),
            );
      await recordEvent(tx, eventActor(ctx), { action, entity, entityId: r.id, after, occurredAt: ctx.clock.now(), outbox: notices });
      count++;
    }
    return count;
  });
}
