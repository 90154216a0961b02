import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { smsCodeLength } from "@cppcc/domain";

export const newSmsCode = () => String(randomInt(0, 10 ** smsCodeLength)).padStart(smsCodeLength, "0");

/** Only this is stored: the code salted with its row, so equal codes of two rows never look alike. */
export const smsCodeDigest = (rowId: string, code: string) => createHash("sha256").update(`${rowId}:${code}`).digest("hex");

export function smsCodeMatches(rowId: string, code: string, digest: string): boolean {
  const a = Buffer.from(smsCodeDigest(rowId, code), "hex");
  const b = Buffer.from(digest, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
