import { z } from "zod";
import { isMobilePhone, normalisePhone } from "../roster/phone";

/**
 * When a meeting starts and whom to call about it. People read a wall-clock time in Asia/Shanghai
 * ("09:30"); Postgres hands a `time` back with seconds, so readers go through `meetingTimeText`.
 */
const startTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export const meetingStartTime = z
  .string({ error: "开始时间格式应为 时:分，如 09:30" })
  .trim()
  .transform((t) => (/^\d:\d\d$/.test(t) ? `0${t}` : t))
  .pipe(z.string().regex(startTimePattern, "开始时间格式应为 时:分（24 小时制），如 09:30 或 14:00"));

/** "09:30:00" (as stored) or "9:30" → "09:30"; anything else → null. */
export function meetingTimeText(value: string | null | undefined): string | null {
  if (value == null) return null;
  const m = /^(\d{1,2}):(\d{2})/.exec(value.trim());
  if (!m) return null;
  const text = `${m[1]!.padStart(2, "0")}:${m[2]}`;
  return startTimePattern.test(text) ? text : null;
}

/**
 * A landline with its area code (0573-85123456, optionally an extension -801) or a mainland mobile.
 * Spaces and brackets people type are dropped; a landline keeps one dash after the area code.
 */
const landlinePattern = /^(010|02\d|0[3-9]\d{2})-\d{7,8}(-\d{1,6})?$/;

export function normaliseContactPhone(text: string): string {
  const mobile = normalisePhone(text);
  if (isMobilePhone(mobile)) return mobile;
  const bare = text.replace(/[\s()（）]/g, "").replace(/^\+?86-?/, "0").replace(/^00/, "0");
  // Beijing (010) and the 02x cities have three-character area codes, the rest four.
  const m = /^(010|02\d|0[3-9]\d{2})-?(\d{7,8})(?:[-转#](\d{1,6}))?$/.exec(bare);
  if (!m) return bare;
  return `${m[1]}-${m[2]}${m[3] ? `-${m[3]}` : ""}`;
}

export function isContactPhone(text: string): boolean {
  const p = normaliseContactPhone(text);
  return isMobilePhone(p) || landlinePattern.test(p);
}

export const contactPhone = z
  .string({ error: "请填写联系电话" })
  .trim()
  .transform(normaliseContactPhone)
  .refine(isContactPhone, "联系电话应为 11 位手机号，或带区号的座机号（如 0573-85123456）");

export const contactName = z
  .string({ error: "请填写联系人" })
  .trim()
  .min(2, "联系人至少 2 个字")
  .max(30, "联系人不能超过 30 个字");

/**
 * The organiser's account as the default contact: "李明（当湖街道联络员）" → "李明". Null when what is
 * left is not a name the contact rule accepts.
 */
export function contactNameOf(displayName: string): string | null {
  const name = displayName.replace(/[（(].*$/, "").trim();
  return contactName.safeParse(name).success ? name : null;
}

/** Empty text from a form means "not given". */
export const blankAsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** "2026-12-05 09:30", or the date alone while no time is set. */
export function meetingWhenText(date: string | null, time: string | null, undecided = "日期未定"): string {
  if (!date) return undecided;
  const t = meetingTimeText(time);
  return t ? `${date} ${t}` : date;
}

/** "张联络 0573-85123456", or whichever half is known; null when neither is. */
export function meetingContactText(c: { contactName: string | null; contactPhone: string | null }): string | null {
  return [c.contactName, c.contactPhone].filter(Boolean).join(" ") || null;
}
