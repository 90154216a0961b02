import { z } from "zod";
import { RuleViolation } from "./errors";

/** What a person sees when a page cursor was tampered with, truncated or kept from an old version. */
export const invalidCursorMessage = "分页参数无效，请从第一页重新加载";

/** Longer than any cursor a list hands out; anything bigger is not one of ours. */
export const maxCursorLength = 500;

const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// NUL cannot be stored in Postgres text, and a lone surrogate is not UTF-8: either would fail in SQL.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Postgres's text form of a timestamptz (it keeps microseconds, which a JS Date would drop), checked as a real instant. */
function isTimestamp(text: string): boolean {
  const m = timestampPattern.exec(text);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , , , oh, om] = m.map((part) => (part === undefined ? undefined : Number(part)));
  if (!isCalendarDay(y!, mo!, d!) || h! > 23 || mi! > 59 || s! > 59) return false;
  return (oh ?? 0) <= 15 && (om ?? 0) <= 59;
}

/** The parts a keyset cursor is made of; each is checked so a forged one never reaches SQL. */
export const cursorKey = {
  timestamp: z.string().max(40).refine(isTimestamp),
  uuid: z.uuid(),
  text: z
    .string()
    .max(200)
    .refine((s) => !s.includes("\u0000") && !loneSurrogate.test(s)),
  day: z.string().refine((s) => {
    const m = dayPattern.exec(s);
    return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  }),
  int: (min: number, max: number) => z.number().int().min(min).max(max),
};

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(cursor: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(cursor)) throw new Error("not base64url");
  const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export type CursorCodec<Key> = {
  encode: (key: Key) => string;
  /** null for the first page; a readable RuleViolation for anything that is not a cursor this codec wrote. */
  decode: (cursor: string | null | undefined) => Key | null;
};

/**
 * One codec per keyset list: the last row's sort key as a typed tuple, sent as base64url JSON so
 * clients treat it as opaque. Every list decodes through here, so a forged cursor is a
 * BAD_REQUEST with one Chinese message, whichever list it was sent to.
 */
export function cursorCodec<const Parts extends readonly [z.ZodType, ...z.ZodType[]]>(
  ...parts: Parts
): CursorCodec<z.output<z.ZodTuple<[...Parts], null>>> {
  const schema = z.tuple([...parts] as unknown as [z.ZodType, ...z.ZodType[]]);
  type Key = z.output<z.ZodTuple<[...Parts], null>>;
  return {
    encode: (key) => toBase64Url(JSON.stringify(key)),
    decode: (cursor) => {
      if (cursor === null || cursor === undefined || cursor === "") return null;
      if (cursor.length > maxCursorLength) throw new RuleViolation(invalidCursorMessage);
      let raw: unknown;
      try {
        raw = JSON.parse(fromBase64Url(cursor));
      } catch {
        throw new RuleViolation(invalidCursorMessage);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw new RuleViolation(invalidCursorMessage);
      return parsed.data as Key;
    },
  };
}

/** Newest first by a timestamp, ties broken by id: most workflow lists. */
export const timeCursor = cursorCodec(cursorKey.timestamp, cursorKey.uuid);

/** By a text key, ties broken by id: e.g. (pinyin, member id) or (venue name, id). */
export const textCursor = cursorCodec(cursorKey.text, cursorKey.uuid);
