import postgres from "postgres";
import { delay } from "../lib/child";
import { rssMib } from "../lib/proc";

/** What Postgres counted against the proposal table during a phase: how a whole-table read would show. */
export type TableCounters = {
  seqScans: number;
  /** Rows returned by sequential scans. */
  seqRows: number;
  /** Heap rows fetched through indexes (plain and bitmap). */
  indexRows: number;
  /** Heap and index pages touched (shared buffer hits and reads). */
  pages: number;
};

export async function readCounters(databaseUrl: string, table = "proposal"): Promise<TableCounters> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [r] = await sql<{ seq_scan: string; seq_tup_read: string; idx_tup_fetch: string | null; pages: string }[]>`
      select t.seq_scan, t.seq_tup_read, t.idx_tup_fetch,
        coalesce(io.heap_blks_hit, 0) + coalesce(io.heap_blks_read, 0) + coalesce(io.idx_blks_hit, 0) + coalesce(io.idx_blks_read, 0)
          + coalesce(io.toast_blks_hit, 0) + coalesce(io.toast_blks_read, 0) as pages
      from pg_stat_user_tables t join pg_statio_user_tables io on io.relid = t.relid where t.relname = ${table}`;
    return { seqScans: Number(r?.seq_scan ?? 0), seqRows: Number(r?.seq_tup_read ?? 0), indexRows: Number(r?.idx_tup_fetch ?? 0), pages: Number(r?.pages ?? 0) };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Backends report their counters when idle, at most every second and at the latest after ten
 * (PGSTAT_IDLE_INTERVAL): wait that long after the load so the server's connections have reported.
 */
export async function settledCounters(databaseUrl: string): Promise<TableCounters> {
  await delay(11_000);
  return readCounters(databaseUrl);
}

export function countersDelta(before: TableCounters, after: TableCounters): TableCounters {
  return {
    seqScans: after.seqScans - before.seqScans,
    seqRows: after.seqRows - before.seqRows,
    indexRows: after.indexRows - before.indexRows,
    pages: after.pages - before.pages,
  };
}

export type Rss = { start: number; peak: number; end: number };

/** The server's resident memory now and its highest value between start() and stop(), sampled every 100 ms. */
export function rssSampler(pid: number): { stop: () => Rss } {
  const now = () => rssMib(pid)?.now ?? Number.NaN;
  const start = now();
  let peak = start;
  const timer = setInterval(() => {
    const value = now();
    if (value > peak) peak = value;
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      const end = now();
      return { start, peak: Math.max(peak, end), end };
    },
  };
}
