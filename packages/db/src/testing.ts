import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "./client";
import { migrate } from "./migrate";

/**
 * A migrated, empty database for one test file: PGlite in memory, or — when DATABASE_URL is
 * set — a fresh database on that server, dropped on close, so runs never see each other's rows.
 */
export async function createTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await createDb({ dataDir: "memory" });
    await migrate(handle);
    return handle;
  }
  const name = `cppcc_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(url, (sql) => sql.unsafe(`create database "${name}"`));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await createDb({ url: target.toString(), poolSize: 4 });
  await migrate(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withAdmin(url, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}

async function withAdmin(url: string, run: (sql: postgres.Sql) => Promise<unknown>) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await run(sql);
  } finally {
    await sql.end();
  }
}
