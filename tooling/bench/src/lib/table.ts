/** A plain-text table: the first `labels` columns left-aligned, the figures right-aligned. */
export function formatTable(header: string[], rows: string[][], labels = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < labels ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export const fixed = (value: number | undefined, digits: number) =>
  value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits);

export const grouped = (value: number) => Math.round(value).toLocaleString("en-US");

export const percent = (share: number | undefined) => (share === undefined ? "–" : `${Math.round(share * 100)} %`);
