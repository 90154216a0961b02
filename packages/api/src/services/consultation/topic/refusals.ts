/**
 * Addresses Postgres has just refused, remembered in this process until their window reopens.
 * Postgres stays the only judge — losing this map (a restart, another server) only means the
 * next request asks Postgres again — but a flood's repeats are turned away before they cost a
 * request body, a tRPC call or a database round trip, so neighbours keep their throughput.
 */
const maxEntries = 10_000;
const refusedUntil = new Map<string, number>();

export const residentTopicRateKey = (ip: string) => `residentTopic:${ip}`;
export const topicLookupRateKey = (ip: string) => `residentTopicLookup:${ip}`;

export function rememberRefusal(key: string, untilMs: number) {
  if (refusedUntil.size >= maxEntries) {
    const now = Date.now();
    for (const [k, until] of refusedUntil) if (until <= now) refusedUntil.delete(k);
    // Still full of live entries: drop the oldest rather than grow without bound.
    if (refusedUntil.size >= maxEntries) refusedUntil.delete(refusedUntil.keys().next().value!);
  }
  refusedUntil.set(key, untilMs);
}

/** Seconds until the key (an address on one channel) may ask again, or null when this process knows of no refusal. */
export function publicRetryAfter(key: string, now = Date.now()): number | null {
  const until = refusedUntil.get(key);
  if (until === undefined) return null;
  if (until <= now) {
    refusedUntil.delete(key);
    return null;
  }
  return Math.ceil((until - now) / 1000);
}

/** Seconds until the address may submit again, or null when this process knows of no refusal. */
export function publicTopicRetryAfter(ip: string, now = Date.now()): number | null {
  return publicRetryAfter(residentTopicRateKey(ip), now);
}
