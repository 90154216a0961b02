import { member, type DbOrTx } from "@cppcc/db";
import { RuleViolation } from "@cppcc/domain";
import { and, eq, ne } from "drizzle-orm";
import { isUniqueViolation } from "../dbErrors";

/**
 * A clear message before the write; the unique index still decides a race (see `phoneClash`).
 * Only the office is told who holds the number: told to a member, it would turn the phone form
 * into a way of finding out whose full number is which (phones are masked for members).
 */
export async function assertPhoneFree(db: DbOrTx, termId: string, phone: string, selfId?: string, { nameHolder = true } = {}) {
  const [other] = await db
    .select({ name: member.name })
    .from(member)
    .where(and(eq(member.termId, termId), eq(member.phone, phone), selfId ? ne(member.id, selfId) : undefined))
    .limit(1);
  if (!other) return;
  const message = nameHolder
    ? `手机号 ${phone} 已被本届委员${other.name}使用，每位委员的手机号须不同`
    : `手机号 ${phone} 已被本届委员使用，每位委员的手机号须不同；如这确是您的号码，请联系市政协办公室`;
  throw new RuleViolation([{ path: "phone", message }]);
}

export function phoneClash(error: unknown): never {
  if (isUniqueViolation(error, "member_term_phone_uq")) {
    throw new RuleViolation([{ path: "phone", message: "该手机号刚被本届另一位委员使用，每位委员的手机号须不同" }]);
  }
  throw error;
}
