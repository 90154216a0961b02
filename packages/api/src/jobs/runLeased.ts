import { outbox, type DbHandle } from "@cppcc/db";
import { afterFailure, maxJobAttempts } from "@cppcc/domain";
import { and, asc, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import type { Clock } from "../context";
import type { RunReport } from "./runDue";
import type { Job } from "./types";

/**
 * A job that talks to the outside world (a text, a WeChat message). It gets the database handle, not a
 * transaction: it commits its own steps, so what it attempted is on record before the provider is called,
 * and no transaction or row lock is held for the length of a network call.
 */
export type LeasedJobHandler = (handle: DbHandle, job: Job, clock: Clock) => Promise<void>;
export type LeasedJobRegistry = Readonly<Record<string, LeasedJobHandler>>;

export type LeasedRunOptions = { clock: Clock; batchSize?: number; /** How long a claim holds before another worker may take the job over. */ leaseMs?: number };

/**
 * Claims due jobs of its kinds by setting `locked_until` (a lease) in a short transaction of its own
 * (`FOR UPDATE SKIP LOCKED`, so two workers never claim one row), runs each outside any transaction,
 * and records the outcome only while it still holds that lease. A worker that dies leaves the lease to
 * run out; another then runs the job again, which is why these handlers reconcile before acting.
 */
export async function runLeasedJobs(handle: DbHandle, registry: LeasedJobRegistry, options: LeasedRunOptions): Promise<RunReport> {
  const kinds = Object.keys(registry);
  const report: RunReport = { done: 0, failed: 0, gaveUp: 0 };
  if (kinds.length === 0) return report;
  const { clock, batchSize = 10, leaseMs = 2 * 60_000 } = options;
  const now = clock.now();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const claimed = await handle.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(
        and(
          isNull(outbox.doneAt),
          lte(outbox.runAt, now),
          lt(outbox.attempts, maxJobAttempts),
          inArray(outbox.kind, kinds),
          or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now)),
        ),
      )
      .orderBy(asc(outbox.runAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (rows.length > 0) await tx.update(outbox).set({ lockedUntil: leaseUntil }).where(inArray(outbox.id, rows.map((r) => r.id)));
    return rows;
  });
  for (const row of claimed) {
    const job: Job = { councilId: row.councilId, id: row.id, kind: row.kind, key: row.key, payload: row.payload, runAt: row.runAt, attempts: row.attempts };
    // Only while the lease is still ours: a worker that overran it must not overwrite the one that took over.
    const ours = and(eq(outbox.councilId, row.councilId), eq(outbox.id, row.id), eq(outbox.lockedUntil, leaseUntil));
    try {
      await registry[row.kind]!(handle, job, clock);
      await handle.db.update(outbox).set({ doneAt: clock.now(), lockedUntil: null, lastError: null }).where(ours);
      report.done++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const next = afterFailure(attempts, clock.now());
      const lastError = (error instanceof Error ? (error.stack ?? error.message) : String(error)).slice(0, 4000);
      await handle.db
        .update(outbox)
        .set({ attempts, lastError, lockedUntil: null, runAt: next.gaveUp ? row.runAt : next.runAt })
        .where(ours);
      if (next.gaveUp) report.gaveUp++;
      else report.failed++;
    }
  }
  return report;
}

/** Runs batches until none of its due jobs is left unclaimed. */
export async function drainLeasedJobs(handle: DbHandle, registry: LeasedJobRegistry, options: LeasedRunOptions): Promise<RunReport> {
  const total: RunReport = { done: 0, failed: 0, gaveUp: 0 };
  const batchSize = options.batchSize ?? 10;
  for (;;) {
    const r = await runLeasedJobs(handle, registry, { ...options, batchSize });
    total.done += r.done;
    total.failed += r.failed;
    total.gaveUp += r.gaveUp;
    if (r.done + r.failed + r.gaveUp < batchSize) return total;
  }
}
