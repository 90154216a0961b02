/** A share of a whole, or null when there is nothing to divide by: 0 of 0 is no rate, not 0 % or 100 %. */
export function rate(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return part / whole;
}

/** 0.7213 → "72.1 %": one decimal, as reports print shares. */
export function percentText(share: number | null): string {
  if (share === null) return "—";
  return `${(Math.round(share * 1000) / 10).toFixed(1)} %`;
}
