import { z } from "zod";

/**
 * 回执号 for a resident's topic: `YT-20261202-4827` — the day it was raised and four random
 * digits, short enough to read aloud over the phone, unique per council (the service retries a
 * clash) and not a running number, so a neighbour's receipt is not the next one. It is a receipt,
 * not a secret: looking a topic up also takes a 查询码 (below).
 */
export const receiptPrefix = "YT";
const receiptPattern = /^YT-(\d{8})-(\d{4,6})$/;

/** `day` is the Asia/Shanghai date (YYYY-MM-DD); `random` returns [0, 1). Wider after repeated clashes. */
export function receiptNumber(day: string, random: () => number, digits = 4): string {
  const n = Math.floor(random() * 10 ** digits);
  return `${receiptPrefix}-${day.replaceAll("-", "")}-${String(n).padStart(digits, "0")}`;
}

/** What people type back: lower case, spaces, full-width or missing dashes. */
export function normaliseReceipt(text: string): string {
  const compact = text
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-－—_]/g, "");
  const m = /^YT(\d{8})(\d{4,6})$/.exec(compact);
  return m ? `${receiptPrefix}-${m[1]}-${m[2]}` : compact;
}

/**
 * 查询码: the last four digits of the phone the resident left. Without a phone they get four
 * random digits with the receipt instead, shown once, so a topic raised anonymously can be
 * followed too and a stranger holding only the receipt number still cannot open it.
 */
export function lookupCodeFor(phone: string | null, random: () => number): { code: string; shown: boolean } {
  if (phone) return { code: phone.slice(-4), shown: false };
  return { code: String(Math.floor(random() * 10_000)).padStart(4, "0"), shown: true };
}

export const receiptLookupInput = z.object({
  receiptNo: z
    .string({ error: "请填写回执号" })
    .transform(normaliseReceipt)
    .pipe(z.string().regex(receiptPattern, "回执号格式应为 YT-年月日-数字，如 YT-20261202-4827")),
  code: z
    .string({ error: "请填写手机号后四位或查询码" })
    .trim()
    .regex(/^\d{4}$/, "请填写 4 位数字：留了手机号的填手机号后四位，没留的填回执上的查询码"),
});
export type ReceiptLookupInput = z.infer<typeof receiptLookupInput>;
