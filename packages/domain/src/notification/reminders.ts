import { z } from "zod";
import { daysBetween, type CalendarDate } from "../calendar";

/**
 * 办理期限提醒: how many days before a deadline the unit and the office are reminded. A council
 * sets its own; a document stored before the section existed gets the default.
 */
export const reminderRulesSchema = z.object({
  daysBefore: z
    .array(z.number().int("提醒天数须为整数").min(1, "提醒天数至少为 1 天").max(90, "提醒天数不能超过 90 天"))
    .max(5, "最多设置 5 个提醒")
    .refine((days) => new Set(days).size === days.length, "提醒天数不能重复"),
});
export type ReminderRules = z.infer<typeof reminderRulesSchema>;
export const defaultReminderRules: ReminderRules = { daysBefore: [7, 1] };

/**
 * The reminder a deadline is due for today: the nearest of `daysBefore` the days left have reached
 * (7 and 1: 7 once fewer than 8 days remain, 1 on the last day but one and on the day itself), or
 * null when none is due or the deadline has passed (then it is overdue, a notice of its own). A
 * scan that missed a day still sends the reminder it owes, and the answer names it so it goes once.
 */
export function reminderDue(dueOn: CalendarDate, today: CalendarDate, rules: ReminderRules): number | null {
  const left = daysBetween(today, dueOn);
  if (left < 0) return null;
  const reached = rules.daysBefore.filter((d) => left <= d);
  return reached.length === 0 ? null : Math.min(...reached);
}

/** How far ahead a deadline counts as 临期: from the farthest reminder on (none set: only on its last day). */
export function reminderWindow(rules: ReminderRules): number {
  return Math.max(0, ...rules.daysBefore);
}
