import { publicRateLimit, type DbOrTx } from "@cppcc/db";
import { TooManyRequests } from "@cppcc/domain";
import { and, count, eq, gt, inArray, lt, min, sql } from "drizzle-orm";
import { rememberRefusal } from "./refusals";

export type PublicLimit = { max: number; windowMinutes: number; /** What is refused, for the message: 提交 / 查询. */ verb: string };

/** Residents' topics from one address: a few a quarter of an hour is a neighbourhood, more is a flood. */
export const residentTopicLimit: PublicLimit = { max: 5, windowMinutes: 15, verb: "提交" };

/**
 * Receipt lookups from one address: a resident checks a few times; a script walking receipts and
 * four-digit codes (10,000 × 10,000 a day) gets nowhere at this pace.
 */
export const topicLookupLimit: PublicLimit = { max: 10, windowMinutes: 15, verb: "查询" };

/**
 * Takes one slot of an address's sliding window, or refuses with TOO_MANY_REQUESTS. Kept in
 * Postgres so every server counts the same requests; an advisory lock on the key makes the count
 * exact under a burst without slowing other addresses. The lock is only tried, never waited for:
 * requests queueing on one address's lock would each hold a pooled connection that neighbours
 * need. A refused request takes no slot, so a flood does not keep pushing its own window forward.
 */
export async function takePublicSlot(tx: DbOrTx, councilId: string, key: string, now: Date, limit: PublicLimit = residentTopicLimit): Promise<void> {
  const windowMs = limit.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const locked = (await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${key})) as ok`)) as unknown as
    | { rows: { ok: boolean }[] }
    | { ok: boolean }[];
  const ok = ("rows" in locked ? locked.rows : locked)[0]?.ok;
  if (!ok) throw new TooManyRequests(5, `您的上一次${limit.verb}正在处理，请稍候再试`);
  const [row] = await tx
    .select({ n: count(), first: min(publicRateLimit.at) })
    .from(publicRateLimit)
    .where(and(eq(publicRateLimit.key, key), gt(publicRateLimit.at, since)));
  if ((row?.n ?? 0) >= limit.max && row?.first) {
    const retryAfter = Math.max(1, Math.ceil((row.first.getTime() + windowMs - now.getTime()) / 1000));
    rememberRefusal(key, now.getTime() + retryAfter * 1000);
    throw new TooManyRequests(retryAfter, `${limit.verb}过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`);
  }
  await tx.insert(publicRateLimit).values({ councilId, key, at: now });
  // Rows older than the window count for nothing, whoever left them: trim a bounded batch here
  // instead of running a sweeper, so the table stays the size of one window.
  const stale = tx.select({ id: publicRateLimit.id }).from(publicRateLimit).where(lt(publicRateLimit.at, since)).limit(100);
  await tx.delete(publicRateLimit).where(inArray(publicRateLimit.id, stale));
}
