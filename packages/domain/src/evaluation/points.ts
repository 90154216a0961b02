/**
 * Scores are kept in hundredths while adding up: split shares such as 12.5 / 3 would otherwise
 * drift in binary floating point and a total would stop equalling the sum of its lines.
 */
export const toHundredths = (points: number) => Math.round(points * 100);
export const fromHundredths = (h: number) => h / 100;

/** 7.5 → "7.5", 25 → "25", −2 → "−2" (the minus a person reads, not a hyphen). */
export function formatPoints(h: number): string {
  const s = String(Math.abs(h) / 100);
  return h < 0 ? `−${s}` : s;
}
