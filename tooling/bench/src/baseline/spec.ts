/** What the bench tells the baseline process, as JSON in BENCH_BASELINE_SPEC. */
export type BaselineSpec = {
  port: number;
  /** Postgres when set; otherwise PGlite on dataDir. */
  databaseUrl?: string;
  dataDir?: string;
  session: SessionQuery;
};

/** The SQL resolveSession sends, with the slots to fill per request. */
export type SessionQuery = {
  cookieName: string;
  text: string;
  /** The captured parameters; the token hash and the clock are replaced per request. */
  params: (string | number | boolean | null)[];
  tokenParam: number;
  nowParam: number;
  /** The selected columns in order, so an array row can be shaped like the server's answer. */
  columns: { table: string; key: string }[];
};

export const specVariable = "BENCH_BASELINE_SPEC";

export function readSpec(env = process.env): BaselineSpec {
  const raw = env[specVariable];
  if (!raw) throw new Error(`${specVariable} is not set: the baseline is started by the bench, not by hand`);
  return JSON.parse(raw) as BaselineSpec;
}
