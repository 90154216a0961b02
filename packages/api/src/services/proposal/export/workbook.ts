import ExcelJS from "exceljs";

export type Cell = string | number | null;
export type Column = { header: string; width?: number; /** Excel number format, e.g. "0.0%". */ format?: string };
export type Sheet = { name: string; title?: string; columns: Column[]; rows: Cell[][] };

/**
 * An .xlsx file as base64 (tRPC carries JSON): each sheet with an optional title line, a bold
 * frozen header and typed cells, so counts add up in Excel and rates show as percentages.
 */
export async function workbookBase64(sheets: Sheet[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "数字政协";
  for (const s of sheets) {
    const headerRow = s.title ? 2 : 1;
    const sheet = workbook.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: headerRow }] });
    if (s.title) {
      sheet.addRow([s.title]).font = { bold: true, size: 14 };
      sheet.mergeCells(1, 1, 1, Math.max(1, s.columns.length));
    }
    sheet.addRow(s.columns.map((c) => c.header)).font = { bold: true };
    for (const r of s.rows) sheet.addRow(r);
    s.columns.forEach((c, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = c.width ?? Math.min(Math.max(displayWidth(c.header), ...s.rows.map((r) => displayWidth(String(r[i] ?? "")))) + 2, 60);
      if (c.format) col.numFmt = c.format;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

/** Han characters take two columns' width. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 255 ? 2 : 1), 0);
}
