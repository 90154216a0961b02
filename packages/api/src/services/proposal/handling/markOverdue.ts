import { proposal, proposalEvent } from "@cppcc/db";
import { handlingTasksOf, overdueTasks } from "@cppcc/domain";
import { and, eq, inArray, like } from "drizzle-orm";
import type { ServiceContext } from "../../../serviceContext";
import { lockCouncilWork } from "../../councilLock";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { deadlineNotices } from "../../notification/reminders";
import { proposalRules } from "../shared/rules";

const action = "proposal.overdue";

/**
 * Marks every handling task of the scope's council that has passed its last day (the overdue
 * list's rule): a timeline line 已超过办理期限 naming the unit, and an audit row. Each task is
 * marked once per deadline and round — the line's request id says which — so a scan run again,
 * the next day's scan or a retried job adds nothing, and two scans at once take turns under the
 * council's lock; an extension moves the deadline, which is marked again if it too passes. Each
 * marking tells the unit and the office (办理逾期), keyed by the same task, so also once.
 * Returns how many tasks were marked now.
 */
export async function markOverdueProposals({ ctx }: { ctx: ServiceContext }): Promise<number> {
  const councilId = ctx.scope.councilId;
  return ctx.db.db.transaction(async (tx) => {
    await lockCouncilWork(tx, action, councilId);
    const [rows, rules] = await Promise.all([
      tx
        .select({ id: proposal.id, state: proposal.state })
        .from(proposal)
        .where(and(eq(proposal.councilId, councilId), inArray(proposal.status, ["assigned", "rehandling"]))),
      proposalRules(tx, councilId),
    ]);
    const rounds = new Map(rows.map((r) => [r.id, r.state.rehandlings]));
    const overdue = overdueTasks(
      rows.flatMap((r) => handlingTasksOf(r.id, r.state, rules)),
      ctx.clock.now(),
    );
    if (overdue.length === 0) return 0;
    const keyOf = (t: (typeof overdue)[number]) => `overdue:${t.handlingUnitId}:${t.role}:${rounds.get(t.proposalId)}:${t.dueOn}`;
    const marked = await tx
      .select({ proposalId: proposalEvent.proposalId, requestId: proposalEvent.requestId })
      .from(proposalEvent)
      .where(and(inArray(proposalEvent.proposalId, [...new Set(overdue.map((t) => t.proposalId))]), like(proposalEvent.requestId, "overdue:%")));
    // The key names the task, not the proposal: the same unit's task on two proposals has the same one.
    const done = new Set(marked.map((m) => `${m.proposalId} ${m.requestId}`));
    let count = 0;
    for (const t of overdue) {
      const requestId = keyOf(t);
      if (done.has(`${t.proposalId} ${requestId}`)) continue;
      const detail = { role: t.role, dueOn: t.dueOn, daysOverdue: t.daysOverdue };
      await recordEvent(tx, eventActor(ctx), {
        action,
        entity: "proposal",
        entityId: t.proposalId,
        after: { ...detail, handlingUnitId: t.handlingUnitId },
        occurredAt: ctx.clock.now(),
        timeline: { label: "overdue", handlingUnitId: t.handlingUnitId, detail, requestId },
        outbox: deadlineNotices(
          councilId,
          "deadline.overdue",
          `deadline.overdue:proposal:${t.proposalId}:${requestId}`,
          { subject: "proposal", id: t.proposalId, handlingUnitId: t.handlingUnitId, dueOn: t.dueOn, days: t.daysOverdue },
          ctx.clock.now(),
        ),
      });
      count++;
    }
    return count;
  });
}
