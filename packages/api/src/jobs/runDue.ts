import { outbox, type Db, type DbHandle } from "@cppcc/db";
import { afterFailure, maxJobAttempts } from "@cppcc/domain";
import { and, asc, eq, inArray, isNull, lt, lte } from "drizzle-orm";
import type { Clock } from "../context";
import { systemContext } from "../serviceContext";
import type { Job, JobRegistry } from "./types";

export type RunReport = { done: number; failed: number; gaveUp: number };

export type RunOptions = { clock: Clock; /** Rows claimed by one transaction. */ batchSize?: number };

const errorLength = 4000;

/**
 * Claims up to `batchSize` due jobs of known kinds with `FOR UPDATE SKIP LOCKED` (another worker,
 * in this process or another server, skips them and takes the next ones) and runs each in a
 * savepoint of the claiming transaction. Success sets `done_at` in that transaction, so the
 * handler's writes and its completion commit together; a failure rolls back only the handler's
 * savepoint and records the attempt, the error and when to try again. At least once: a worker
 * that dies before commit leaves the row to run again, which is why handlers write by keys.
 */
export async function runDueJobs(handle: DbHandle, registry: JobRegistry, options: RunOptions): Promise<RunReport> {
  const kinds = Object.keys(registry);
  const report: RunReport = { done: 0, failed: 0, gaveUp: 0 };
  if (kinds.length === 0) return report;
  const { clock, batchSize = 10 } = options;
  await handle.db.transaction(async (tx) => {
    const claimed = await tx
      .select()
      .from(outbox)
      .where(
        and(isNull(outbox.doneAt), lte(outbox.runAt, clock.now()), lt(outbox.attempts, maxJobAttempts), inArray(outbox.kind, kinds)),
      )
      .orderBy(asc(outbox.runAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    for (const row of claimed) {
      const job: Job = { councilId: row.councilId, id: row.id, kind: row.kind, key: row.key, payload: row.payload, runAt: row.runAt, attempts: row.attempts };
      const where = and(eq(outbox.councilId, row.councilId), eq(outbox.id, row.id));
      try {
        await tx.transaction(async (savepoint) => {
          await registry[row.kind]!(systemContext({ ...handle, db: savepoint as unknown as Db }, row.councilId, clock), job);
        });
        await tx.update(outbox).set({ doneAt: clock.now(), lastError: null }).where(where);
        report.done++;
      } catch (error) {
        const attempts = row.attempts + 1;
        const next = afterFailure(attempts, clock.now());
        await tx
          .update(outbox)
          .set({ attempts, lastError: describe(error).slice(0, errorLength), runAt: next.gaveUp ? row.runAt : next.runAt })
          .where(where);
        if (next.gaveUp) report.gaveUp++;
        else report.failed++;
      }
    }
  });
  return report;
}

/** Runs batches until no due job of a known kind is left unclaimed. */
export async function drainDueJobs(handle: DbHandle, registry: JobRegistry, options: RunOptions): Promise<RunReport> {
  const total: RunReport = { done: 0, failed: 0, gaveUp: 0 };
  const batchSize = options.batchSize ?? 10;
  for (;;) {
    const r = await runDueJobs(handle, registry, { ...options, batchSize });
    total.done += r.done;
    total.failed += r.failed;
    total.gaveUp += r.gaveUp;
    if (r.done + r.failed + r.gaveUp < batchSize) return total;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
