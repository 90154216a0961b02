import { account, hashPassword, session, verifyPassword } from "@cppcc/db";
import { passwordProblems, refusal, refusalError, type ChangePasswordInput } from "@cppcc/domain";
import { and, eq, ne } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { passwordRules } from "./passwordRules";
import { assertNotThrottled, clearAccountFailures, recordFailure } from "./throttle";

/**
 * A person replaces their own password. A wrong current password counts as a failed login of the
 * account, so a stolen session cannot be used to guess it. The other sessions end (whoever had the
 * old password is out); this one stays.
 */
export async function changePassword({ ctx, input }: { ctx: SignedInContext; input: ChangePasswordInput }) {
  const { db } = ctx.db;
  const me = ctx.session.account;
  const ip = ctx.request.ip;
  await assertNotThrottled(db, me.username, ip, ctx.clock.now());

  const [row] = await db.select({ passwordHash: account.passwordHash }).from(account).where(eq(account.id, me.id));
  if (!row) throw new Error(`account ${me.id} of a live session vanished`);
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordFailure(db, me.username, ip, ctx.clock.now());
    throw refusalError([refusal("password.wrongCurrent", "当前密码不正确，请重新输入", "rule", "currentPassword")]);
  }
  const problems = passwordProblems(await passwordRules(db, ctx.session.council.id), {
    password: input.newPassword,
    username: me.username,
    previousPassword: input.currentPassword,
  });
  if (problems.length > 0) throw refusalError(problems);

  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    await tx.update(account).set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now }).where(eq(account.id, me.id));
    await tx.delete(session).where(and(eq(session.accountId, me.id), ne(session.tokenHash, ctx.session.tokenHash)));
    await clearAccountFailures(tx, me.username);
    await recordEvent(tx, eventActor(ctx), {
      action: "auth.changePassword",
      entity: "account",
      entityId: me.id,
      before: { mustChangePassword: me.mustChangePassword },
      after: { mustChangePassword: false },
      occurredAt: now,
    });
  });
  return { ok: true as const };
}
