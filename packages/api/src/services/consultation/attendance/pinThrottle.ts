import { checkInFailure, type DbOrTx } from "@cppcc/db";
import { checkInPinThrottle } from "@cppcc/domain";
import { and, count, eq, gt, inArray, lt, min, sql } from "drizzle-orm";

const windowMs = checkInPinThrottle.windowMinutes * 60_000;

export type PinThrottleKeys = { account: string; address: string };

export const pinThrottleKeys = (accountId: string, ip: string): PinThrottleKeys => ({ account: `account:${accountId}`, address: `address:${ip}` });

/**
 * Serialises attempts on the same account and the same address for the rest of the transaction,
 * so a burst of guesses in parallel is counted exactly (each one sees the failures before it).
 * Always account first, then address: a transaction holds at most one of each, so no two can wait
 * on each other. The two-key form keeps these locks apart from the single-key ones other limiters take.
 */
export async function lockPinThrottle(tx: DbOrTx, keys: PinThrottleKeys): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(1, hashtext(${keys.account}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(2, hashtext(${keys.address}))`);
}

async function failuresSince(tx: DbOrTx, key: string, since: Date) {
  const [row] = await tx
    .select({ n: count(), first: min(checkInFailure.at) })
    .from(checkInFailure)
    .where(and(eq(checkInFailure.key, key), gt(checkInFailure.at, since)));
  return { n: row?.n ?? 0, first: row?.first ?? null };
}

/** Seconds until the account or the address may try again, or null when neither is over its limit; with the account's tries left. */
export async function pinThrottleState(tx: DbOrTx, keys: PinThrottleKeys, now: Date): Promise<{ retryAfter: number | null; accountFailures: number }> {
  const since = new Date(now.getTime() - windowMs);
  const [account, address] = await Promise.all([failuresSince(tx, keys.account, since), failuresSince(tx, keys.address, since)]);
  let retryAfter: number | null = null;
  for (const [{ n, first }, max] of [
    [account, checkInPinThrottle.maxPerAccount],
    [address, checkInPinThrottle.maxPerAddress],
  ] as const) {
    if (n >= max && first) retryAfter = Math.max(retryAfter ?? 0, Math.ceil((first.getTime() + windowMs - now.getTime()) / 1000), 1);
  }
  return { retryAfter, accountFailures: account.n };
}

export async function recordPinFailure(tx: DbOrTx, keys: PinThrottleKeys, now: Date): Promise<void> {
  await tx.insert(checkInFailure).values([
    { key: keys.account, at: now },
    { key: keys.address, at: now },
  ]);
  // Rows older than the window count for nothing: trim a bounded batch here instead of running a sweeper.
  const stale = tx.select({ id: checkInFailure.id }).from(checkInFailure).where(lt(checkInFailure.at, new Date(now.getTime() - windowMs))).limit(100);
  await tx.delete(checkInFailure).where(inArray(checkInFailure.id, stale));
}
