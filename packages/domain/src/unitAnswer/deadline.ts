import { daysBetween, type CalendarDate } from "../calendar";
import type { UnitAnswerStage } from "./stage";

/**
 * How an answer stands against its deadline, counted in Shanghai calendar days, inclusive: the
 * unit is in time on the day itself. Overdue means the unit still owes the answer after its last
 * day; an answer given late is no longer overdue, only late.
 */
export const answerDeadlineStatuses = ["unsent", "onTime", "dueSoon", "overdue", "answered", "answeredLate", "rated"] as const;
export type AnswerDeadlineStatus = (typeof answerDeadlineStatuses)[number];

export type AnswerTiming = { stage: UnitAnswerStage; dueOn: CalendarDate | null; answeredOn: CalendarDate | null };

export function isAnswerOverdue(a: Pick<AnswerTiming, "stage" | "dueOn">, today: CalendarDate): boolean {
  return a.stage === "sent" && a.dueOn != null && today > a.dueOn;
}

/** Whole days past the last day; 0 while in time. */
export function daysOverdue(dueOn: CalendarDate, today: CalendarDate): number {
  return today > dueOn ? daysBetween(dueOn, today) : 0;
}

export function answerDeadlineStatus(a: AnswerTiming, today: CalendarDate, dueSoonDays: number): AnswerDeadlineStatus {
  switch (a.stage) {
    case "notSent":
      return "unsent";
    case "rated":
      return "rated";
    case "answered":
      return a.dueOn != null && a.answeredOn != null && a.answeredOn > a.dueOn ? "answeredLate" : "answered";
    case "sent":
      if (a.dueOn == null) return "onTime";
      if (today > a.dueOn) return "overdue";
      return daysBetween(today, a.dueOn) <= dueSoonDays ? "dueSoon" : "onTime";
  }
}
