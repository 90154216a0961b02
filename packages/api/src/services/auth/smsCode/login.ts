import { account, council, smsLoginCode } from "@cppcc/db";
import { badSmsCodeMessage, RuleViolation, Unauthorized, type SmsLoginInput } from "@cppcc/domain";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Context, Session } from "../../../context";
import { openSession, setSessionCookie } from "../openSession";
import { assertNotThrottled, clearAccountFailures, recordFailure } from "../throttle";
import { smsCodeMatches } from "./codeDigest";
import { smsNotConfiguredMessage } from "./messages";
import { phoneKey } from "./throttle";

/**
 * Signs in with a texted code: wrong codes count as failed logins of the phone and of the address
 * (the password login's throttle), a right one is spent in the same statement that checks it is still
 * unspent, so two requests with one code open one session.
 */
export async function loginWithSmsCode({ ctx, input }: { ctx: Context; input: SmsLoginInput }): Promise<Session> {
  if (!ctx.sms) throw new RuleViolation(smsNotConfiguredMessage);
  const { db } = ctx.db;
  const ip = ctx.request.ip;
  const now = ctx.clock.now();
  const throttleName = phoneKey(input.phone);
  await assertNotThrottled(db, throttleName, ip, now);

  const opened = await db.transaction(async (tx) => {
    const live = await tx
      .select({ id: smsLoginCode.id, councilId: smsLoginCode.councilId, accountId: smsLoginCode.accountId, codeHash: smsLoginCode.codeHash })
      .from(smsLoginCode)
      .where(and(eq(smsLoginCode.phone, input.phone), isNull(smsLoginCode.usedAt), gt(smsLoginCode.expiresAt, now)))
      .orderBy(desc(smsLoginCode.createdAt))
      .limit(5);
    const match = live.find((c) => smsCodeMatches(c.id, input.code, c.codeHash));
    if (!match) return null;
    const spent = await tx
      .update(smsLoginCode)
      .set({ usedAt: now })
      .where(and(eq(smsLoginCode.councilId, match.councilId), eq(smsLoginCode.id, match.id), isNull(smsLoginCode.usedAt)))
      .returning({ id: smsLoginCode.id });
    if (spent.length === 0) return null;
    const [row] = await tx
      .select({ account, council: { id: council.id, name: council.name, level: council.level } })
      .from(account)
      .innerJoin(council, eq(council.id, account.councilId))
      .where(and(eq(account.councilId, match.councilId), eq(account.id, match.accountId)))
      .limit(1);
    if (!row) return null;
    if (row.account.disabledAt) throw new Unauthorized("该账号已停用，请联系政协办公室");
    await clearAccountFailures(tx, throttleName);
    return openSession(ctx, tx, row, "sms");
  });
  if (!opened) {
    await recordFailure(db, throttleName, ip, now);
    throw new Unauthorized(badSmsCodeMessage);
  }
  setSessionCookie(ctx, opened.token);
  return opened.session;
}
