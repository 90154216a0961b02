import { z } from "zod";
import type { CalendarDate } from "../calendar";

const monthDay = (what: string) => z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, `${what}须为「月-日」，如 03-31`);

/**
 * When pledges and annual reports are due, as month-days a council sets: a year's pledge may be
 * written and changed up to its deadline in that year (then it stands as the year's commitment);
 * the year's 述职 opens near the year's end and is due early the next year. Defaulted so a rule
 * set stored before the section existed still parses.
 */
export const pledgeRulesSchema = z.object({
  /** Last day (of the pledge's own year) a member may write or change the year's pledge. */
  pledgeDueOn: monthDay("承诺填报截止日"),
  /** First day (of the report's year) a standing member may submit the year's report. */
  reportOpensOn: monthDay("述职开始日"),
  /** Deadline (in the following year) for the report; submitted after it, a report is marked late. */
  reportDueOn: monthDay("述职截止日"),
});
export type PledgeRules = z.infer<typeof pledgeRulesSchema>;
export const defaultPledgeRules: PledgeRules = { pledgeDueOn: "03-31", reportOpensOn: "12-01", reportDueOn: "01-31" };

/** The dates a year's pledge and report go by, from the council's month-days. */
export function pledgeCalendar(year: number, rules: PledgeRules): { pledgeDueOn: CalendarDate; reportOpensOn: CalendarDate; reportDueOn: CalendarDate } {
  return {
    pledgeDueOn: `${year}-${rules.pledgeDueOn}`,
    reportOpensOn: `${year}-${rules.reportOpensOn}`,
    reportDueOn: `${year + 1}-${rules.reportDueOn}`,
  };
}

/** Why a member may not change the year's pledge on `today`, or null when they may (until the deadline, inclusive). */
export function pledgeLockedReason(year: number, today: CalendarDate, rules: PledgeRules): string | null {
  const { pledgeDueOn } = pledgeCalendar(year, rules);
  return today > pledgeDueOn ? `${year} 年度履职承诺已于 ${pledgeDueOn} 截止填报，不能再修改` : null;
}

/** Why the year's report may not be submitted yet on `today`, or null (a late one is taken and marked late). */
export function reportNotOpenReason(year: number, today: CalendarDate, rules: PledgeRules): string | null {
  const { reportOpensOn } = pledgeCalendar(year, rules);
  return today < reportOpensOn ? `${year} 年度述职自 ${reportOpensOn} 起提交，届时请再提交` : null;
}

/** Whether a report submitted on `day` came after its deadline. */
export function reportLate(year: number, day: CalendarDate, rules: PledgeRules): boolean {
  return day > pledgeCalendar(year, rules).reportDueOn;
}
