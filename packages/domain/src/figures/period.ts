import { RuleViolation } from "../errors";
import { termLabel } from "../roster/term";
import type { CalendarDate } from "../calendar";

export type FigurePeriod = { from: CalendarDate; to: CalendarDate; label: string };
type TermDates = { number: number; startDate: CalendarDate; endDate: CalendarDate };

/**
 * The days a figure counts: a term, a year, or the year within the term (both given). A year
 * outside the term is refused with both named rather than answered with zeros.
 */
export function figurePeriod(term: TermDates | null, year: number | null): FigurePeriod {
  if (year === null) {
    if (!term) throw new RuleViolation("请选择届次或年度");
    return { from: term.startDate, to: term.endDate, label: termLabel(term.number) };
  }
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  if (!term) return { from, to, label: `${year} 年` };
  const clipped = { from: from > term.startDate ? from : term.startDate, to: to < term.endDate ? to : term.endDate };
  if (clipped.from > clipped.to) {
    throw new RuleViolation(`${year} 年不在${termLabel(term.number)}任期（${term.startDate} 至 ${term.endDate}）内，请另选年度或届次`);
  }
  return { ...clipped, label: `${termLabel(term.number)} ${year} 年` };
}
