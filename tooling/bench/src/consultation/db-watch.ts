import { createDb } from "@cppcc/db";
import { sql as drizzleSql } from "drizzle-orm";
import postgres from "postgres";
import { delay } from "../lib/child";
import { cpuSeconds } from "../lib/proc";

// What the database side does while a phase runs (Postgres: sampled from pg_stat_activity on a
// connection of our own), and what the limiter's table holds after.

/** Backends of the server's pool during one phase. */
export type PoolWatch = {
  samples: number;
  /** Backends waiting for an advisory lock: the limiter's pg_advisory_xact_lock. */
  advisoryMean: number;
  advisoryMax: number;
  /** Backends holding a transaction or running a statement (the pool has 10 connections). */
  busyMean: number;
  busyMax: number;
  /** CPU seconds the server's backends used (the bench's watcher connection is not counted). */
  backendCpuSec: number | undefined;
};

export type LimitTable = { rows: number; keys: number; floodRows: number; bytes: number };

/** Postgres only: one connection to the bench database, for sampling and counting. */
export class PostgresWatch {
  private readonly sql: postgres.Sql;
  constructor(databaseUrl: string) {
    this.sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  }

  /** Samples every 100 ms until the returned function is called; bounded by the caller's phase. */
  watchPool(): () => Promise<PoolWatch> {
    let running = true;
    const sums = { samples: 0, advisory: 0, advisoryMax: 0, busy: 0, busyMax: 0 };
    const pids = new Map<number, number | undefined>();
    const loop = (async () => {
      while (running) {
        const rows = await this.sql<{ pid: number; state: string | null; wait_event_type: string | null; wait_event: string | null }[]>`
          select pid, state, wait_event_type, wait_event from pg_stat_activity
          where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`;
        for (const r of rows) if (!pids.has(r.pid)) pids.set(r.pid, cpuSeconds(r.pid));
        const advisory = rows.filter((r) => r.wait_event_type === "Lock" && r.wait_event === "advisory").length;
        const busy = rows.filter((r) => r.state === "active" || r.state?.startsWith("idle in transaction")).length;
        sums.samples++;
        sums.advisory += advisory;
        sums.advisoryMax = Math.max(sums.advisoryMax, advisory);
        sums.busy += busy;
        sums.busyMax = Math.max(sums.busyMax, busy);
        await delay(100);
      }
    })();
    return async () => {
      running = false;
      await loop;
      let cpu: number | undefined = 0;
      for (const [pid, before] of pids) {
        const after = cpuSeconds(pid);
        if (before === undefined || after === undefined) cpu = undefined;
        else if (cpu !== undefined) cpu += after - before;
      }
      const n = Math.max(1, sums.samples);
      return { samples: sums.samples, advisoryMean: sums.advisory / n, advisoryMax: sums.advisoryMax, busyMean: sums.busy / n, busyMax: sums.busyMax, backendCpuSec: cpu };
    };
  }

  async limitTable(floodIp: string): Promise<LimitTable> {
    const [row] = await this.sql<LimitTable[]>`
      select count(*)::int as rows, count(distinct key)::int as keys,
             (count(*) filter (where key like ${`%:${floodIp}`}))::int as "floodRows",
             pg_total_relation_size('public_rate_limit')::float8 as bytes
      from public_rate_limit`;
    return row!;
  }

  /** Moves every slot a day into the past, as if the run had been a day ago: what is trimmed then? */
  async ageSlots(): Promise<void> {
    await this.sql`update public_rate_limit set at = at - interval '1 day'`;
  }

  close(): Promise<void> {
    return this.sql.end({ timeout: 5 });
  }
}

/** PGlite: the table counted from the data directory once the server has stopped and released it. */
export async function pgliteLimitTable(dataDir: string, floodIp: string): Promise<LimitTable> {
  const db = await createDb({ dataDir });
  try {
    const result = await db.db.execute<{ rows: number; keys: number; floodRows: number; bytes: number }>(drizzleSql`
      select count(*)::int as rows, count(distinct key)::int as keys,
             (count(*) filter (where key like ${`%:${floodIp}`}))::int as "floodRows",
             pg_total_relation_size('public_rate_limit')::float8 as bytes
      from public_rate_limit`);
    const row = (result as unknown as { rows: LimitTable[] }).rows[0];
    if (!row) throw new Error("counting public_rate_limit returned nothing");
    return row;
  } finally {
    await db.close();
  }
}
