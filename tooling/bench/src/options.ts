import type { DbKind } from "@cppcc/db";

export type BenchOptions = {
  kinds: DbKind[];
  /** The Postgres server a fresh bench database is created on (its own database is left alone). */
  postgresUrl: string;
  durationSec: number;
  warmupSec: number;
  connections: number;
  /** The app server's LOG_LEVEL: "info" is what production runs, so it is the honest default. */
  serverLogLevel: string;
};

const defaultPostgresUrl = "postgres://postgres@127.0.0.1:5432/postgres";

/** Reads flags (--pglite, --postgres, --both) and BENCH_* variables; bounded so a typo cannot run for hours. */
export function readOptions(argv = process.argv.slice(2), env = process.env): BenchOptions {
  const givenUrl = env.BENCH_DATABASE_URL || env.DATABASE_URL;
  const flag = (name: string) => argv.includes(`--${name}`) || env.BENCH_DB === name;
  const kinds: DbKind[] = flag("both")
    ? ["pglite", "postgres"]
    : flag("postgres")
      ? ["postgres"]
      : flag("pglite")
        ? ["pglite"]
        : givenUrl
          ? ["postgres"]
          : ["pglite"];
  const postgresUrl = givenUrl || defaultPostgresUrl;
  for (const url of kinds.includes("postgres") ? [postgresUrl] : []) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`BENCH_DATABASE_URL must start with postgres://, got ${url}`);
    if (!isLoopback(new URL(url).hostname)) throw new Error(`benchmarks run against loopback only, not ${new URL(url).hostname}`);
  }
  return {
    kinds,
    postgresUrl,
    durationSec: bounded(env.BENCH_DURATION, 10, 1, 300, "BENCH_DURATION"),
    warmupSec: bounded(env.BENCH_WARMUP, 3, 0, 60, "BENCH_WARMUP"),
    connections: bounded(env.BENCH_CONNECTIONS, 10, 1, 200, "BENCH_CONNECTIONS"),
    serverLogLevel: env.BENCH_SERVER_LOG_LEVEL || "info",
  };
}

/** A BENCH_* integer within its bounds (underscores allowed: 5_000_000), or the fallback when unset. */
export function bounded(raw: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || host.startsWith("127.");
}

/** Runs a bench on each database asked for, one after another (never at once: they would share the cores); true when every run met its mark. */
export async function onEveryKind(options: BenchOptions, run: (kind: DbKind) => Promise<boolean>): Promise<boolean> {
  let met = true;
  for (const kind of options.kinds) met = (await run(kind)) && met;
  return met;
}
