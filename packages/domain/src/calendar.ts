/**
 * Calendar dates in Asia/Shanghai, as "YYYY-MM-DD". Deadlines are counted in the calendar people
 * read ("三个月内", "十日内"), not in elapsed hours: a proposal assigned at 23:30 on 15 March is
 * due on 15 June like one assigned at 09:00.
 *
 * Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact
 * for every date the platform handles and needs no time-zone database.
 */
export type CalendarDate = string;

const offsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: CalendarDate): [number, number, number] {
  const m = pattern.exec(date);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(utcMidnight: number): CalendarDate {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date): CalendarDate {
  return format(instant.getTime() + offsetMs);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return format(Date.UTC(y, m - 1, d + days));
}

/** Same day of the month n months on; a day the month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / dayMs);
}

/** The first instant after the date has ended in Shanghai: a deadline "by that day" runs until just before it. */
export function endOfShanghaiDay(date: CalendarDate): Date {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + 1) - offsetMs);
}

/** Has the day passed, in Shanghai, at this instant? A deadline day itself still counts as in time. */
export function isPastDay(date: CalendarDate, now: Date): boolean {
  return now.getTime() >= endOfShanghaiDay(date).getTime();
}

/**
 * The Shanghai week (Monday to Sunday, as offices plan their week) holding the instant, as the
 * first and last calendar dates: 「本周会议」 reads the same on a Sunday night in UTC as in Shanghai.
 */
export function shanghaiWeek(instant: Date): { from: CalendarDate; to: CalendarDate } {
  const today = shanghaiDate(instant);
  const [y, m, d] = parts(today);
  const sinceMonday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const from = addDays(today, -sinceMonday);
  return { from, to: addDays(from, 6) };
}
