import { coUnitsOf, type HandlingRole } from "./assignment";
import { daysBetween, isPastDay, shanghaiDate, type CalendarDate } from "../calendar";
import { daysOverdue } from "../unitAnswer/deadline";
import { coOpinionDueOn } from "./deadline";
import type { ProposalRules } from "./ruleSet";
import type { ProposalState } from "./state";

/**
 * One unit's task on one proposal: the lead's or a split unit's reply, or a co-unit's opinion.
 * doneOn is when it was done in the current round, null while outstanding.
 */
export type HandlingTask = {
  proposalId: string;
  handlingUnitId: string;
  role: HandlingRole;
  dueOn: CalendarDate;
  doneOn: CalendarDate | null;
};

export type OverdueTask = HandlingTask & { daysOverdue: number };

/** Tasks still outstanding after their last day (in Shanghai), most overdue first; days counted as every unit answer is (../unitAnswer). */
export function overdueTasks(tasks: HandlingTask[], now: Date): OverdueTask[] {
  const today = shanghaiDate(now);
  return tasks
    .filter((t) => t.doneOn === null && isPastDay(t.dueOn, now))
    .map((t) => ({ ...t, daysOverdue: daysOverdue(t.dueOn, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.proposalId.localeCompare(b.proposalId));
}

export type DueSoonTask = HandlingTask & { daysLeft: number };

/**
 * 临期: tasks still outstanding whose last day (in Shanghai) is today or within `days` days, soonest first.
 * The window is the rule set's farthest reminder (reminderWindow), so what the home calls due soon is
 * what the units have been reminded of.
 */
export function dueSoonTasks(tasks: HandlingTask[], now: Date, days: number): DueSoonTask[] {
  const today = shanghaiDate(now);
  return tasks
    .filter((t) => t.doneOn === null && !isPastDay(t.dueOn, now) && daysBetween(today, t.dueOn) <= days)
    .map((t) => ({ ...t, daysLeft: daysBetween(today, t.dueOn) }))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.proposalId.localeCompare(b.proposalId));
}

export type OutstandingTask = HandlingTask & { daysOverdue: number; daysLeft: number | null };

/** Every task still outstanding, earliest last day first: overdue ones say by how much, the others how long is left. */
export function outstandingTasks(tasks: HandlingTask[], now: Date): OutstandingTask[] {
  const today = shanghaiDate(now);
  return tasks
    .filter((t) => t.doneOn === null)
    .map((t) => {
      const late = isPastDay(t.dueOn, now);
      return { ...t, daysOverdue: late ? daysOverdue(t.dueOn, today) : 0, daysLeft: late ? null : daysBetween(today, t.dueOn) };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.proposalId.localeCompare(b.proposalId));
}

/** The tasks a proposal's state implies while units are handling it; none in any other state. */
export function handlingTasksOf(proposalId: string, state: ProposalState, rules: ProposalRules): HandlingTask[] {
  const { assignment: a, dueOn } = state;
  if (!a || !dueOn || (state.status !== "assigned" && state.status !== "rehandling")) return [];
  const round = state.rehandlings;
  const replies: HandlingTask[] = a.units
    .filter((u) => u.role !== "co")
    .map((u) => ({
      proposalId,
      handlingUnitId: u.handlingUnitId,
      role: u.role,
      dueOn,
      doneOn: state.replies.find((r) => r.round === round && r.handlingUnitId === u.handlingUnitId)?.repliedOn ?? null,
    }));
  // Co-units give their opinion once, in the first round; re-handling is the replying units' work.
  const opinions: HandlingTask[] =
    round > 0
      ? []
      : coUnitsOf(a).map((u) => ({
          proposalId,
          handlingUnitId: u,
          role: "co",
          dueOn: coOpinionDueOn(a.assignedOn, rules),
          doneOn: state.coOpinions.find((o) => o.handlingUnitId === u)?.sentOn ?? null,
        }));
  return [...replies, ...opinions];
}
