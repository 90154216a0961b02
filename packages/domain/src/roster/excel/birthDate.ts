import { isValidIsoDate, type IsoDate } from "../fields";
import type { RosterCell } from "./cell";

/**
 * 出生年月 as offices write it: 1975.03, 1975-03, 1975/3, 1975年3月, 197503, with or
 * without a day (1975.03.15, 1975年3月15日), a cell formatted as a date, or the Excel serial
 * number behind one. The month alone is stored as the first of the month, and written back
 * without a day, so export → import gives the same date.
 */
export type BirthDateResult = { ok: true; value: IsoDate } | { ok: false; message: string };

const example = "请写成 1975.03 或 1975年3月";
const writtenPattern = /^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*(?:月)?\s*(?:[.\-/]?\s*(\d{1,2})\s*日?)?$/;
const compactPattern = /^(\d{4})(\d{2})(\d{2})?$/;
/** Excel's day 0 is 1899-12-30 for every serial after its phantom 1900-02-29 (serial 60). */
const excelEpoch = Date.UTC(1899, 11, 30);
const maxSerial = 73050; // 2099-12-31

export function parseBirthDate(cell: RosterCell): BirthDateResult {
  if (cell === null || cell === undefined || cell === "") return { ok: false, message: `出生年月不能为空，${example}` };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: `出生年月不是有效的日期，${example}` };
    return checked(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === "number") return fromNumber(cell);
  const text = String(cell).replace(/[\s\u3000]/g, "");
  if (/^\d+(\.\d+)?$/.test(text) && !/^\d{4}\.\d{1,2}$/.test(text)) return fromNumber(Number(text));
  const m = writtenPattern.exec(text) ?? compactPattern.exec(text);
  if (!m) return { ok: false, message: `出生年月“${text}”无法识别，${example}` };
  return checked(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
}

/**
 * A number in a cell is a typed year.month (Excel turned 1975.03 into a number), a compact
 * 197503, or a date serial. 1975.1 is refused: Excel shows 1975.10 as 1975.1, so it may be
 * January or October and guessing would store a wrong birthday.
 */
function fromNumber(n: number): BirthDateResult {
  const year = Math.trunc(n);
  if (year >= 1900 && year <= 2100) {
    if (Number.isInteger(n)) return { ok: false, message: `出生年月需写到月份，${example}` };
    const fraction = Math.round((n - year) * 100);
    if (fraction === 10) {
      return { ok: false, message: `出生年月“${n}”无法确定是 1 月还是 10 月，请将单元格设为文本并写成 ${year}.01 或 ${year}.10` };
    }
    return checked(year, fraction % 10 === 0 ? fraction / 10 : fraction, 1);
  }
  if (Number.isInteger(n) && n > 60 && n <= maxSerial) {
    const d = new Date(excelEpoch + n * 86_400_000);
    return checked(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const compact = compactPattern.exec(String(n));
  if (compact) return checked(Number(compact[1]), Number(compact[2]), compact[3] === undefined ? 1 : Number(compact[3]));
  return { ok: false, message: `出生年月“${n}”无法识别，${example}` };
}

function checked(year: number, month: number, day: number): BirthDateResult {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!isValidIsoDate(iso)) return { ok: false, message: `出生年月“${year}年${month}月${day === 1 ? "" : `${day}日`}”不是有效的日期，请检查月份` };
  if (year < 1900) return { ok: false, message: "出生年月应在 1900 年之后" };
  return { ok: true, value: iso };
}

/** 1975-03-01 → 1975.03; 1975-03-15 → 1975.03.15 (the day only when one was recorded). */
export function formatBirthDate(date: IsoDate): string {
  const [y, m, d] = date.split("-");
  return d === "01" ? `${y}.${m}` : `${y}.${m}.${d}`;
}
