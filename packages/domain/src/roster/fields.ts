import { z } from "zod";

/**
 * Field schemas the roster shares. Dates are calendar days in Asia/Shanghai written as ISO
 * strings (2024-01-31): no time and no time zone, so a date means the same day everywhere and
 * compares correctly as a string.
 */
export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** An ISO date for a named field, so the message says which date is wrong and how to write it. */
export function isoDate(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .regex(isoDatePattern, `${label}格式应为 年-月-日，例如 2024-01-31`)
    .refine(isValidIsoDate, `${label}不是有效的日期，请检查月份和日期`);
}

export const sortOrder = z
  .number({ error: "排序号须为数字" })
  .int("排序号须为整数")
  .min(0, "排序号不能小于 0")
  .max(9999, "排序号不能超过 9999");

/** A trimmed name with length limits; the label makes the message specific. */
export function nameField(label: string, min: number, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .max(max, `${label}不能超过 ${max} 个字`);
}
