import type { IsoDate } from "../roster/fields";

/**
 * Calendar dates as ISO strings (YYYY-MM-DD, Asia/Shanghai as the apps show them). Strings of this
 * shape sort like the dates they name, so comparisons need no Date and no time zone.
 */
export type { IsoDate } from "../roster/fields";
export type Quarter = 1 | 2 | 3 | 4;
export const quarters = [1, 2, 3, 4] as const satisfies readonly Quarter[];

const pad = (n: number) => String(n).padStart(2, "0");

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function quarterOf(date: IsoDate): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

/** First and last day of a quarter, or of the whole year when no quarter is given. */
export function periodOf(year: number, quarter: Quarter | null | undefined): { start: IsoDate; end: IsoDate } {
  if (quarter == null) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const first = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDay)}` };
}

// Day arithmetic is the shared Shanghai calendar's; this file adds only quarters.
export { addDays, daysBetween } from "../calendar";

export function quarterLabel(quarter: Quarter | null | undefined): string {
  return quarter == null ? "全年" : `第${"一二三四"[quarter - 1]}季度`;
}
