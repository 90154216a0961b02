/**
 * Chinese numerals as the CPPCC writes them in names: 第十三届, 第二次会议, 第十三界别活动组.
 * Ten to nineteen drop the leading 一 (十三, not 一十三), as in every term and group name.
 */
const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const units = ["", "十", "百", "千"] as const;

export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`chineseNumber: ${n} is outside 0–9999`);
  if (n === 0) return digits[0];
  const parts: string[] = [];
  const text = String(n);
  let pendingZero = false;
  for (let i = 0; i < text.length; i++) {
    const d = Number(text[i]);
    const unit = units[text.length - 1 - i]!;
    if (d === 0) {
      pendingZero = parts.length > 0;
      continue;
    }
    if (pendingZero) parts.push(digits[0]);
    pendingZero = false;
    parts.push(d === 1 && unit === "十" && i === 0 ? "" : digits[d]!, unit);
  }
  return parts.join("");
}

/** 13 → 第十三 */
export function chineseOrdinal(n: number): string {
  return `第${chineseNumber(n)}`;
}
