import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { delay } from "../lib/child";
import { onCleanup } from "../lib/cleanup";

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
      // 55006: the source is being accessed (a backend of the stopped server still closing).
      if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
      await delay(500);
    }
  }
  const release = onCleanup(() => withSql(adminUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`)).then(() => {}));
  const url = new URL(sourceUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), release };
}

/** The council the demo's admin account belongs to: the city measured. */
export function adminCouncil(databaseUrl: string) {
  return withSql(databaseUrl, async (sql) => {
    const [row] = await sql<{ id: string; name: string }[]>`
      select c.id, c.name from account a join council c on c.id = a.council_id where a.username = 'admin'`;
    if (!row) throw new Error("the demo seed's admin account was not found");
    return row;
  });
}

export function countProposals(databaseUrl: string): Promise<number> {
  return withSql(databaseUrl, async (sql) => Number((await sql<{ n: number }[]>`select count(*)::int as n from proposal`)[0]?.n));
}

export function serverVersion(databaseUrl: string): Promise<string> {
  return withSql(databaseUrl, async (sql) => (await sql<{ v: string }[]>`select current_setting('server_version') as v`)[0]?.v ?? "?");
}
