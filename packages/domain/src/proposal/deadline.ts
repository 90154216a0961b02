import { addDays, addMonths, type CalendarDate } from "../calendar";
import type { ProposalRules } from "./ruleSet";

/**
 * Deadlines, all from the council's rule set and counted in Shanghai calendar days and months,
 * each inclusive: the unit is in time on the day itself.
 */

/** 办复期限: the last day the lead unit (or each unit of a split) may reply. */
export function handlingDueOn(assignedOn: CalendarDate, rules: ProposalRules): CalendarDate {
  return addMonths(assignedOn, rules.deadlines.handlingMonths);
}

/** The last day to reply again after the proposer was unsatisfied. */
export function rehandlingDueOn(startedOn: CalendarDate, rules: ProposalRules): CalendarDate {
  return addMonths(startedOn, rules.deadlines.rehandlingMonths);
}

/** The last day a wrongly assigned unit may send the proposal back (交办之日起 N 日内). */
export function returnLastDay(assignedOn: CalendarDate, rules: ProposalRules): CalendarDate {
  return addDays(assignedOn, rules.deadlines.returnDays);
}

/** The last day a co-unit may send its opinion to the lead unit. */
export function coOpinionDueOn(assignedOn: CalendarDate, rules: ProposalRules): CalendarDate {
  return addDays(assignedOn, rules.deadlines.coOpinionDays);
}

/** The last day the proposer may evaluate before staff may close the proposal unevaluated. */
export function evaluationLastDay(repliedOn: CalendarDate, rules: ProposalRules): CalendarDate {
  return addDays(repliedOn, rules.deadlines.evaluationDays);
}
