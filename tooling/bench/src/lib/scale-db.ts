import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { delay } from "./child";
import { onCleanup } from "./cleanup";

/** Runs `run` on a one-connection client that is closed afterwards. */
export async function withSql<T>(databaseUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A copy of a bench database (CREATE DATABASE … TEMPLATE), dropped at the end like the original:
 * the same rows with the same ids, so the same URLs, cursors and session cookie work in both.
 * Nothing may be connected to the source while it is copied.
 */
export async function cloneDatabase(adminUrl: string, sourceUrl: string): Promise<{ databaseUrl: string; release: () => Promise<void> }> {
  const source = new URL(sourceUrl).pathname.slice(1);
  const name = `cppcc_bench_${randomBytes(6).toString("hex")}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await withSql(adminUrl, (sql) => sql.unsafe(`create database "${name}" template "${source}"`));
      break;
    } catch (error) {
      // 55006: the source is being accessed (an autovacuum worker, a backend of the stopped server still closing).
      if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
      await delay(500);
    }
  }
  const release = onCleanup(() => withSql(adminUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`)).then(() => {}));
  const url = new URL(sourceUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), release };
}
