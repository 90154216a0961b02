import { publicRateLimit, type DbOrTx } from "@cppcc/db";
import { TooManyRequests } from "@cppcc/domain";
import { and, count, eq, gt, lt, min, sql } from "drizzle-orm";

/** Residents' topics from one address: a few a quarter of an hour is a neighbourhood, more is a flood. */
export const residentTopicLimit = { max: 5, windowMinutes: 15 } as const;

/**
 * Takes one slot of an address's sliding window, or refuses with TOO_MANY_REQUESTS. Kept in
 * Postgres so every server counts the same requests; an advisory lock on the key makes the count
 * exact under a burst without slowing other addresses. A refused request takes no slot, so a flood
 * does not keep pushing its own window forward.
 */
export async function takePublicSlot(tx: DbOrTx, councilId: string, key: string, limit = residentTopicLimit, now = new Date()): Promise<void> {
  const windowMs = limit.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
  const [row] = await tx
    .select({ n: count(), first: min(publicRateLimit.at) })
    .from(publicRateLimit)
    .where(and(eq(publicRateLimit.key, key), gt(publicRateLimit.at, since)));
  if ((row?.n ?? 0) >= limit.max && row?.first) {
    const retryAfter = Math.max(1, Math.ceil((row.first.getTime() + windowMs - now.getTime()) / 1000));
    throw new TooManyRequests(retryAfter, `提交过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`);
  }
  await tx.insert(publicRateLimit).values({ councilId, key, at: now });
  // Rows older than the window count for nothing; trim this key's here instead of running a sweeper.
  await tx.delete(publicRateLimit).where(and(eq(publicRateLimit.key, key), lt(publicRateLimit.at, since)));
}
