import { auditLog, outbox } from "@cppcc/db";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainDueJobs, runDueJobs, type JobHandler, type JobRegistry } from "../../src/jobs";
import { eventActor } from "../../src/services/events/actor";
import { recordEvent } from "../../src/services/events/record";
import { enqueue } from "../../src/services/outbox/enqueue";
import { createTestApi, TestClock, type TestApi } from "../../src/testing";

/**
 * The worker on the outbox: due jobs only, each once, failures retried later and then given up,
 * a failed run leaving nothing behind. Run with DATABASE_URL for real concurrent workers.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

let keys = 0;
/** A key no other test uses: every test writes into the same council's outbox. */
const uniqueKey = (what: string) => `${what}:${++keys}:${Date.now()}`;

/** What a real job leaves behind: an audit row in the job's transaction, named after the job. */
const writesAudit: JobHandler = (ctx, job) =>
  recordEvent(ctx.db.db, eventActor(ctx), { action: "test.job", entity: "outbox", entityId: job.id, occurredAt: ctx.clock.now() });

async function auditRowsOf(jobId: string): Promise<number> {
  const rows = await api.db.db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.entity, "outbox"), eq(auditLog.entityId, jobId)));
  return rows.length;
}

async function jobByKey(key: string) {
  const [row] = await api.db.db.select().from(outbox).where(and(eq(outbox.councilId, api.councilId), eq(outbox.key, key)));
  return row!;
}

describe("a job scheduled for a deadline", () => {
  it("runs once when the clock passes the deadline, and not before", async () => {
    const kind = uniqueKey("remind");
    const key = uniqueKey("remind");
    const deadline = new Date("2027-03-01T01:00:00Z");
    await enqueue(api.db.db, [{ councilId: api.councilId, kind, key, runAt: deadline }]);
    const clock = new TestClock();
    const jobs: JobRegistry = { [kind]: writesAudit };
    const { id } = await jobByKey(key);

    clock.set(new Date(deadline.getTime() - 1000));
    expect(await drainDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 0, gaveUp: 0 });
    expect(await auditRowsOf(id)).toBe(0);

    clock.set(deadline);
    expect(await drainDueJobs(api.db, jobs, { clock })).toEqual({ done: 1, failed: 0, gaveUp: 0 });
    expect(await auditRowsOf(id)).toBe(1);
    expect((await jobByKey(key)).doneAt).not.toBeNull();

    clock.advance(86_400_000);
    expect(await drainDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 0, gaveUp: 0 });
    expect(await auditRowsOf(id)).toBe(1);
  });

  it("is enqueued once however often its key is enqueued", async () => {
    const key = uniqueKey("once");
    const entry = { councilId: api.councilId, kind: "elsewhere", key, runAt: new Date("2027-01-01T00:00:00Z") };
    await enqueue(api.db.db, [entry]);
    await enqueue(api.db.db, [{ ...entry, payload: { again: true } }]);
    const rows = await api.db.db.select().from(outbox).where(eq(outbox.key, key));
    expect(rows.map((r) => r.payload)).toEqual([{}]);
  });
});

describe("a failing job", () => {
  it("is retried after 30 s, 2 min, 8 min, 32 min, then given up with its last error kept", async () => {
    const kind = uniqueKey("fails");
    const key = uniqueKey("fails");
    const start = new Date("2027-04-01T00:00:00Z");
    await enqueue(api.db.db, [{ councilId: api.councilId, kind, key, runAt: start }]);
    let runs = 0;
    const jobs: JobRegistry = {
      [kind]: async (ctx, job) => {
        runs++;
        await writesAudit(ctx, job);
        throw new Error(`第 ${runs} 次：对方服务未响应`);
      },
    };
    const clock = new TestClock();
    clock.set(start);
    const waits = [30_000, 120_000, 480_000, 1_920_000];
    for (const [i, wait] of waits.entries()) {
      expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 1, gaveUp: 0 });
      const row = await jobByKey(key);
      expect(row.attempts).toBe(i + 1);
      expect(row.lastError).toContain(`第 ${i + 1} 次：对方服务未响应`);
      expect(row.runAt.getTime() - clock.now().getTime()).toBeGreaterThan(wait - 1000);
      expect(row.runAt.getTime() - clock.now().getTime()).toBeLessThanOrEqual(wait);
      clock.set(new Date(row.runAt.getTime() - 1000));
      expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 0, gaveUp: 0 });
      clock.set(row.runAt);
    }
    expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 0, gaveUp: 1 });
    clock.advance(365 * 86_400_000);
    expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 0, gaveUp: 0 });
    const row = await jobByKey(key);
    expect([row.attempts, row.doneAt, runs]).toEqual([5, null, 5]);
    expect(row.lastError).toContain("第 5 次");
    // Every failed run's writes were rolled back with it.
    expect(await auditRowsOf(row.id)).toBe(0);
  });

  it("adds nothing twice when it succeeds on a retry, even after an SQL error", async () => {
    const kind = uniqueKey("flaky");
    const key = uniqueKey("flaky");
    await enqueue(api.db.db, [{ councilId: api.councilId, kind, key, runAt: new Date("2027-05-01T00:00:00Z") }]);
    let runs = 0;
    const jobs: JobRegistry = {
      [kind]: async (ctx, job) => {
        runs++;
        await writesAudit(ctx, job);
        // The first run breaks its transaction the way a real bug would; the savepoint keeps the claim usable.
        if (runs === 1) await ctx.db.db.execute(sql`select * from no_such_table`);
      },
    };
    const clock = new TestClock();
    clock.set("2027-05-01T00:00:00Z");
    expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 1, gaveUp: 0 });
    const { id } = await jobByKey(key);
    expect(await auditRowsOf(id)).toBe(0);
    clock.advance(30_000);
    expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 1, failed: 0, gaveUp: 0 });
    clock.advance(3_600_000);
    expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 0, failed: 0, gaveUp: 0 });
    expect([runs, await auditRowsOf(id)]).toEqual([2, 1]);
  });

  it("does not stop the others claimed with it", async () => {
    const ok = uniqueKey("ok");
    const bad = uniqueKey("bad");
    const runAt = new Date("2027-06-01T00:00:00Z");
    await enqueue(api.db.db, [
      { councilId: api.councilId, kind: bad, key: uniqueKey("bad"), runAt },
      { councilId: api.councilId, kind: ok, key: uniqueKey("ok"), runAt },
    ]);
    const jobs: JobRegistry = {
      [bad]: () => Promise.reject(new Error("坏了")),
      [ok]: writesAudit,
    };
    const clock = new TestClock();
    clock.set(runAt);
    expect(await runDueJobs(api.db, jobs, { clock })).toEqual({ done: 1, failed: 1, gaveUp: 0 });
  });
});

describe("a job of a kind this process does not know", () => {
  it("is left untouched for a process that knows it", async () => {
    const key = uniqueKey("foreign");
    const runAt = new Date("2027-07-01T00:00:00Z");
    await enqueue(api.db.db, [{ councilId: api.councilId, kind: "digest-from-a-newer-server", key, runAt }]);
    const clock = new TestClock();
    clock.set(new Date(runAt.getTime() + 86_400_000));
    await drainDueJobs(api.db, { known: writesAudit }, { clock });
    const row = await jobByKey(key);
    expect([row.attempts, row.doneAt, row.lastError]).toEqual([0, null, null]);
  });
});

describe("several workers at once", () => {
  it("run each of 200 due jobs exactly once between 4 workers", async () => {
    const kind = uniqueKey("bulk");
    const runAt = new Date("2027-08-01T00:00:00Z");
    await enqueue(
      api.db.db,
      Array.from({ length: 200 }, () => ({ councilId: api.councilId, kind, key: uniqueKey("bulk"), runAt })),
    );
    const runs = new Map<string, number>();
    const byWorker = [0, 0, 0, 0];
    const clock = new TestClock();
    clock.set(runAt);
    const worker = (n: number): JobRegistry => ({
      [kind]: async (ctx, job) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        byWorker[n]!++;
        await writesAudit(ctx, job);
      },
    });
    const reports = await Promise.all([0, 1, 2, 3].map((n) => drainDueJobs(api.db, worker(n), { clock, batchSize: 5 })));
    expect(reports.reduce((sum, r) => sum + r.done, 0)).toBe(200);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    const [{ committed, distinct }] = (await api.db.db
      .select({ committed: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct ${auditLog.entityId})::int` })
      .from(auditLog)
      .innerJoin(outbox, sql`${outbox.id}::text = ${auditLog.entityId}`)
      .where(and(eq(auditLog.action, "test.job"), eq(outbox.kind, kind)))) as [{ committed: number; distinct: number }];
    expect([committed, distinct]).toEqual([200, 200]);
    const left = await api.db.db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(and(eq(outbox.kind, kind), sql`${outbox.doneAt} is null`));
    expect(left[0]!.n).toBe(0);
    // On Postgres the workers really overlap; PGlite queues their transactions, so one may take all.
    if (api.db.kind === "postgres") expect(byWorker.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});
