/**
 * A spreadsheet cell as the reader hands it over: text, a number (Excel stores typed dates and
 * long digit strings as numbers), a Date (cells formatted as dates), a boolean, or nothing.
 * This package reads no files; the app or server turns a sheet into rows of these.
 */
export type RosterCell = string | number | boolean | Date | null | undefined;

/** A problem with one line of an import, by spreadsheet line number (1 is the header); column is the header the person sees. */
export type RosterImportError = { line: number; column?: string; message: string };

/** The text of a cell, trimmed; numbers without exponent (13812341234, not 1.38e10). */
export function cellText(cell: RosterCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "number") return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell).replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

export function isBlankRow(cells: readonly RosterCell[]): boolean {
  return cells.every((c) => cellText(c) === "");
}

/** 0 → A, 25 → Z, 26 → AA: how the person finds the column in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
