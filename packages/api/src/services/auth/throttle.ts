import { loginFailure, type DbOrTx } from "@cppcc/db";
import { loginThrottle, TooManyRequests } from "@cppcc/domain";
import { and, count, eq, gt, lt, min } from "drizzle-orm";

const windowMs = loginThrottle.windowMinutes * 60 * 1000;

export const accountKey = (username: string) => `account:${username.toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;

async function failuresSince(db: DbOrTx, key: string, since: Date) {
  const [row] = await db
    .select({ n: count(), first: min(loginFailure.at) })
    .from(loginFailure)
    .where(and(eq(loginFailure.key, key), gt(loginFailure.at, since)));
  return { n: row?.n ?? 0, first: row?.first ?? null };
}

/** Refuses before the password is even checked once an account or an address has failed too often. */
export async function assertNotThrottled(db: DbOrTx, username: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - windowMs);
  const checks = [
    { key: accountKey(username), max: loginThrottle.maxFailuresPerAccount },
    { key: addressKey(ip), max: loginThrottle.maxFailuresPerAddress },
  ];
  for (const { key, max } of checks) {
    const { n, first } = await failuresSince(db, key, since);
    if (n >= max && first) {
      const retryAfter = Math.max(1, Math.ceil((first.getTime() + windowMs - now.getTime()) / 1000));
      throw new TooManyRequests(retryAfter, `登录失败次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`);
    }
  }
}

export async function recordFailure(db: DbOrTx, username: string, ip: string, now: Date) {
  await db.insert(loginFailure).values([
    { key: accountKey(username), at: now },
    { key: addressKey(ip), at: now },
  ]);
  // Old rows are worthless to the window; trim them here instead of running a sweeper.
  await db.delete(loginFailure).where(lt(loginFailure.at, new Date(now.getTime() - windowMs)));
}

/** A successful login forgives the account's failures (not the address's). */
export async function clearAccountFailures(db: DbOrTx, username: string) {
  await db.delete(loginFailure).where(eq(loginFailure.key, accountKey(username)));
}
