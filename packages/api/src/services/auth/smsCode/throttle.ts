import { smsCodeRequest, type DbOrTx } from "@cppcc/db";
import { smsCodeRefusal, TooManyRequests } from "@cppcc/domain";
import { and, count, eq, gt, lt, max, sql } from "drizzle-orm";

const dayMs = 24 * 60 * 60 * 1000;

export const phoneKey = (phone: string) => `phone:${phone}`;
const addressKey = (ip: string) => `address:${ip}`;

/**
 * Counts this request against the phone and the address, or refuses it. Under advisory locks on both
 * keys (phone first, always in that order) so a burst of requests is counted exactly; every request
 * counts, known phone or not.
 */
export async function takeSmsCodeSlot(tx: DbOrTx, phone: string, ip: string, now: Date): Promise<void> {
  const keys = { phone: phoneKey(phone), address: addressKey(ip) };
  await tx.execute(sql`select pg_advisory_xact_lock(3, hashtext(${keys.phone}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(4, hashtext(${keys.address}))`);
  const since = new Date(now.getTime() - dayMs);
  const counted = async (key: string) => {
    const [row] = await tx
      .select({ n: count(), last: max(smsCodeRequest.at) })
      .from(smsCodeRequest)
      .where(and(eq(smsCodeRequest.key, key), gt(smsCodeRequest.at, since)));
    return { n: row?.n ?? 0, last: row?.last ?? null };
  };
  const byPhone = await counted(keys.phone);
  const byAddress = await counted(keys.address);
  const refusal = smsCodeRefusal({ lastForPhone: byPhone.last, phoneToday: byPhone.n, addressToday: byAddress.n }, now);
  if (refusal) throw new TooManyRequests(refusal.retryAfterSeconds, refusal.message);
  await tx.insert(smsCodeRequest).values([
    { key: keys.phone, at: now },
    { key: keys.address, at: now },
  ]);
  // Rows older than the day are worthless to the count; trim them here instead of running a sweeper.
  await tx.delete(smsCodeRequest).where(lt(smsCodeRequest.at, since));
}
