import { cellText, columnLetter, type RosterImportError, type RosterCell } from "./cell";

/** The roster's columns, in the order export writes them and offices keep them. */
export const rosterHeaders = ["姓名", "性别", "出生年月", "民族", "党派", "界别", "专委会", "委员小组", "工作单位及职务", "手机", "职务"] as const;
export type RosterHeader = (typeof rosterHeaders)[number];

/** Where each column is in a sheet; offices reorder columns, so rows are read by header, not position. */
export type RosterColumns = Record<RosterHeader, number>;

export const canonicalColumns: RosterColumns = Object.fromEntries(rosterHeaders.map((h, i) => [h, i])) as RosterColumns;

/** Other names offices give the same column. */
const aliases: Record<string, RosterHeader> = {
  出生日期: "出生年月",
  政治面貌: "党派",
  所属界别: "界别",
  专门委员会: "专委会",
  所在专委会: "专委会",
  镇街道委员小组: "委员小组",
  所在委员小组: "委员小组",
  手机号: "手机",
  手机号码: "手机",
  政协职务: "职务",
};

/** Columns that carry nothing to import and are skipped: a row number is not data. */
const ignored = new Set(["序号"]);

/** Header text without the marks templates add: spaces, a * for required, a note in brackets. */
function headerKey(cell: RosterCell): string {
  return cellText(cell)
    .replace(/[\s\u3000*＊]/g, "")
    .replace(/[（(][^）)]*[）)]$/, "");
}

export type HeaderCheck =
  | { ok: true; columns: RosterColumns }
  | {
      ok: false;
      missing: RosterHeader[];
      unknown: { column: string; text: string }[];
      duplicates: { header: RosterHeader; columns: string[] }[];
      errors: RosterImportError[];
    };

/** Checks the header row: every column present once, nothing unknown. Reports all problems at once. */
export function checkRosterHeaders(row: readonly RosterCell[], line = 1): HeaderCheck {
  const found = new Map<RosterHeader, number[]>();
  const unknown: { column: string; text: string }[] = [];
  row.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === "" || ignored.has(key)) return;
    const header = (rosterHeaders as readonly string[]).includes(key) ? (key as RosterHeader) : aliases[key];
    if (header === undefined) unknown.push({ column: columnLetter(index), text: cellText(cell) });
    else found.set(header, [...(found.get(header) ?? []), index]);
  });
  const missing = rosterHeaders.filter((h) => !found.has(h));
  const duplicates = [...found].filter(([, at]) => at.length > 1).map(([header, at]) => ({ header, columns: at.map(columnLetter) }));
  if (missing.length === 0 && unknown.length === 0 && duplicates.length === 0) {
    return { ok: true, columns: Object.fromEntries([...found].map(([h, at]) => [h, at[0]!])) as RosterColumns };
  }
  const expected = rosterHeaders.join("、");
  const errors: RosterImportError[] = [
    ...missing.map((h) => ({ line, column: h, message: `缺少“${h}”列，请按模板添加（名册的列为：${expected}）` })),
    ...unknown.map((u) => ({
      line,
      column: u.text,
      message: `第 ${u.column} 列的表头“${u.text}”不是名册的列，请删除该列或改为：${expected}`,
    })),
    ...duplicates.map((d) => ({ line, column: d.header, message: `“${d.header}”列出现了 ${d.columns.length} 次（第 ${d.columns.join("、")} 列），请只保留一列` })),
  ];
  return { ok: false, missing, unknown, duplicates, errors };
}
