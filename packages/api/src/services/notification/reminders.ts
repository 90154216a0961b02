import { council, consultationSuggestion, proposal } from "@cppcc/db";
import {
  defaultReminderRules,
  handlingTasksOf,
  reminderDue,
  reminderRulesSchema,
  shanghaiDate,
  daysBetween,
  type ReminderRules,
} from "@cppcc/domain";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@cppcc/db";
import type { ServiceContext } from "../../serviceContext";
import { enqueue, type OutboxEntry } from "../outbox/enqueue";
import { proposalRules } from "../proposal/shared/rules";
import type { DeadlinePayload } from "./kinds/deadline";
import { notify } from "./notify";

/** The council's reminder days; a rule set stored before they existed reads the default. */
export async function reminderRules(db: DbOrTx, councilId: string): Promise<ReminderRules> {
  const [row] = await db.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, councilId)).limit(1);
  const parsed = reminderRulesSchema.safeParse((row?.ruleSet as { reminders?: unknown } | undefined)?.reminders);
  return parsed.success ? parsed.data : defaultReminderRules;
}

/** The two notices of one deadline event: to the unit, and to whoever follows it. */
export function deadlineNotices(
  councilId: string,
  kind: "deadline.approaching" | "deadline.overdue",
  event: string,
  p: Omit<DeadlinePayload, "audience">,
  runAt: Date,
): OutboxEntry[] {
  return (["unit", "office"] as const).map((audience) => notify(councilId, kind, `${event}:${audience}`, { ...p, audience }, runAt));
}

/**
 * 办理期限提醒: for every unit's outstanding task — a proposal's reply or co-opinion (the overdue
 * list's own tasks, with granted extensions already in their dates) and a routed suggestion's
 * answer — whose deadline has come within one of the rule set's days, one notice to the unit and
 * one to the office. The event names the task, its deadline and the reminder, so each goes once
 * however often the scan runs, across restarts and servers; an extension's new date is reminded
 * afresh. Answers how many reminders were enqueued (before duplicates were dropped).
 */
export async function remindDeadlines({ ctx }: { ctx: ServiceContext }): Promise<number> {
  const councilId = ctx.scope.councilId;
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  const db = ctx.db.db;
  const [rules, pRules, proposals, suggestions] = await Promise.all([
    reminderRules(db, councilId),
    proposalRules(db, councilId),
    db
      .select({ id: proposal.id, state: proposal.state })
      .from(proposal)
      .where(and(eq(proposal.councilId, councilId), inArray(proposal.status, ["assigned", "rehandling"]))),
    db
      .select({ id: consultationSuggestion.id, deadline: consultationSuggestion.deadline, handlingUnitId: consultationSuggestion.handlingUnitId })
      .from(consultationSuggestion)
      .where(and(eq(consultationSuggestion.councilId, councilId), eq(consultationSuggestion.state, "routed"), isNotNull(consultationSuggestion.deadline))),
  ]);
  const entries: OutboxEntry[] = [];
  for (const p of proposals) {
    for (const t of handlingTasksOf(p.id, p.state, pRules)) {
      const due = t.doneOn === null ? reminderDue(t.dueOn, today, rules) : null;
      if (due === null) continue;
      const event = `deadline.approaching:proposal:${p.id}:${t.handlingUnitId}:${t.role}:${p.state.rehandlings}:${t.dueOn}:${due}`;
      const payload = { subject: "proposal" as const, id: p.id, handlingUnitId: t.handlingUnitId, dueOn: t.dueOn, days: daysBetween(today, t.dueOn) };
      entries.push(...deadlineNotices(councilId, "deadline.approaching", event, payload, now));
    }
  }
  for (const s of suggestions) {
    const due = s.handlingUnitId ? reminderDue(s.deadline!, today, rules) : null;
    if (due === null) continue;
    const event = `deadline.approaching:suggestion:${s.id}:${s.handlingUnitId}:${s.deadline}:${due}`;
    const payload = { subject: "suggestion" as const, id: s.id, handlingUnitId: s.handlingUnitId!, dueOn: s.deadline!, days: daysBetween(today, s.deadline!) };
    entries.push(...deadlineNotices(councilId, "deadline.approaching", event, payload, now));
  }
  await enqueue(db, entries);
  return entries.length;
}
