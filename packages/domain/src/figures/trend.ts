/** The series the dashboard draws over a year, month by month. */
export const trendSeries = {
  consultations: "协商活动（次）",
  suggestions: "意见建议（条）",
  proposals: "收到提案（件）",
  speeches: "委员发言（篇）",
} as const;
export type TrendSeries = keyof typeof trendSeries;

/**
 * Twelve months of counts from rows grouped by month (1–12): months with nothing are 0, since a
 * month without a meeting had none; rows outside 1–12 are refused as a query error.
 */
export function monthlyCounts(rows: readonly { month: number; n: number }[]): number[] {
  const out = Array.from({ length: 12 }, () => 0);
  for (const r of rows) {
    if (!Number.isInteger(r.month) || r.month < 1 || r.month > 12) throw new RangeError(`month ${r.month} is not 1–12`);
    out[r.month - 1]! += r.n;
  }
  return out;
}

/** How the filters narrow each series, as for the figures (see `FilterBasis`). */
export const trendSeriesBasis: Record<TrendSeries, { township: "venue" | "member" | null; sector: "member" | null }> = {
  consultations: { township: "venue", sector: null },
  suggestions: { township: "venue", sector: "member" },
  proposals: { township: "member", sector: "member" },
  speeches: { township: "member", sector: "member" },
};
