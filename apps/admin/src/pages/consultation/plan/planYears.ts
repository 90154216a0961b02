import dayjs from "dayjs";

/** Years the office plans for: last year to next year, and any year that already has a plan. */
export function planYears(existing: readonly number[]): number[] {
  const now = dayjs().tz().year();
  return [...new Set([now + 1, now, now - 1, ...existing])].sort((a, b) => b - a);
}

export function currentYear(): number {
  return dayjs().tz().year();
}
