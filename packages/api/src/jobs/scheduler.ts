import { council, type DbOrTx } from "@cppcc/db";
import { addDays, shanghaiDate } from "@cppcc/domain";
import type { Clock } from "../context";
import { digestJobKey, digestJobKind } from "../services/notification/digest";
import { enqueue } from "../services/outbox/enqueue";
import { overdueScanKey, overdueScanKind } from "./overdueScan";

/**
 * Enqueues the day's scan and yesterday's digests for every council; the outbox key keeps one per
 * council and day whoever enqueues it.
 */
export async function scheduleDailyJobs(db: DbOrTx, now: Date): Promise<void> {
  const day = shanghaiDate(now);
  const yesterday = addDays(day, -1);
  const councils = await db.select({ id: council.id }).from(council);
  await enqueue(
    db,
    councils.flatMap((c) => [
      { councilId: c.id, kind: overdueScanKind, key: overdueScanKey(day), payload: { day }, runAt: now },
      { councilId: c.id, kind: digestJobKind, key: digestJobKey(yesterday), payload: { day: yesterday }, runAt: now },
    ]),
  );
}

/**
 * Schedules once per Shanghai day in this process. Remembering the day is only a saving (every
 * poll would otherwise insert a row per council); the key is what makes it once across servers
 * and restarts. A council created during the day gets its first scan the next day.
 */
export function createScheduler(clock: Clock) {
  let scheduledDay: string | null = null;
  return async (db: DbOrTx) => {
    const now = clock.now();
    const day = shanghaiDate(now);
    if (day === scheduledDay) return;
    await scheduleDailyJobs(db, now);
    scheduledDay = day;
  };
}
