import { createScheduler, createServerJobs, deliveryJobs, drainDueJobs, drainLeasedJobs, systemClock, type Clock, type NotificationChannel, type SmsGateway, type WechatGateway } from "@cppcc/api";
import type { DbHandle } from "@cppcc/db";
import type { FastifyBaseLogger } from "fastify";

export type JobPoller = { stop: () => Promise<void> };

/**
 * Every `intervalMs`: the day's scheduled jobs enqueued, then every due job run. Each server runs
 * one; the outbox keys and row locks make each job run on one of them. A poll starts only after
 * the last one ended, so a slow batch never overlaps itself; `stop` waits for the one running.
 */
export function startJobPoller(
  db: DbHandle,
  options: {
    intervalMs: number;
    log: FastifyBaseLogger;
    clock?: Clock;
    /** The configured SMS provider, for the delivery jobs. */
    sms?: SmsGateway | null;
    /** The configured 公众号, for the delivery jobs. */
    wechat?: WechatGateway | null;
    /** Notification channels configured (none: in-app only). */
    channels?: readonly NotificationChannel[];
  },
): JobPoller {
  const clock = options.clock ?? systemClock;
  const jobs = createServerJobs({ channels: options.channels ?? [] });
  const deliveries = deliveryJobs({ sms: options.sms ?? null, wechat: options.wechat ?? null });
  const schedule = createScheduler(clock);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const poll = async () => {
    try {
      await schedule(db.db);
      const due = await drainDueJobs(db, jobs, { clock });
      // Messages to providers run outside the claiming transaction (see runLeased.ts), after the work that queued them.
      const sent = await drainLeasedJobs(db, deliveries, { clock });
      const report = { done: due.done + sent.done, failed: due.failed + sent.failed, gaveUp: due.gaveUp + sent.gaveUp };
      if (report.done + report.failed + report.gaveUp > 0) options.log.info({ jobs: report }, "jobs ran");
      if (report.gaveUp > 0) options.log.error({ jobs: report }, "jobs given up after repeated failures (see outbox.last_error)");
    } catch (error) {
      // The database away for a moment: the next poll tries again.
      options.log.error({ err: error }, "job poll failed");
    }
  };
  const next = () => {
    if (stopped) return;
    running = poll().finally(() => {
      if (!stopped) timer = setTimeout(next, options.intervalMs);
    });
  };
  next();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
