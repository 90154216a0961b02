/**
 * The 述职 year people are most likely at work on: this year's from December (reports open near the
 * year's end), else last year's, which is being finished, collected or printed. Shanghai time.
 */
export function defaultReportYear(now = new Date()): number {
  const parts = new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric" }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === "year")!.value);
  const month = Number(parts.find((p) => p.type === "month")!.value);
  return month === 12 ? year : year - 1;
}
