import ExcelJS from "exceljs";
import { RuleViolation, type RosterCell } from "@cppcc/domain";

/** Files arrive base64-encoded inside the tRPC call; 8 MB of xlsx is far more than any roster. */
const maxBytes = 8 * 1024 * 1024;

/** The first worksheet as rows of plain cell values (text, numbers, dates), formulas read as results. */
export async function readFirstSheet(base64: string): Promise<RosterCell[][]> {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length === 0) throw new RuleViolation("文件是空的，请选择名册 Excel 文件（.xlsx）");
  if (bytes.length > maxBytes) throw new RuleViolation("文件超过 8 MB，请分成几个文件导入");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new RuleViolation("无法读取该文件：请上传 Excel 2007 及以上格式（.xlsx）的名册；.xls 请先在 Excel 中另存为 .xlsx");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RuleViolation("文件中没有工作表");
  const rows: RosterCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as unknown[];
    // exceljs rows are 1-based: values[0] is always empty.
    rows[rowNumber - 1] = values.slice(1).map(plain);
  });
  return Array.from(rows, (r) => r ?? []);
}

function plain(value: unknown): RosterCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== "object") return value as RosterCell;
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
  if (v.richText) return v.richText.map((t) => t.text).join("");
  if ("result" in v) return plain(v.result);
  if (typeof v.text === "string") return v.text;
  return null;
}

/** One sheet with a bold, frozen header row; every cell is text, so phones and dates stay as typed. */
export async function writeSheet(name: string, rows: readonly (readonly string[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "数字政协";
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  for (const r of rows) sheet.addRow([...r]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    const width = Math.max(...rows.map((r) => [...(r[i] ?? "")].reduce((w, ch) => w + (ch.charCodeAt(0) > 255 ? 2 : 1), 0)));
    col.width = Math.min(Math.max(width + 2, 8), 60);
    col.numFmt = "@";
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer).toString("base64");
}
