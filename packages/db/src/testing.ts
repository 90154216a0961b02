import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "./client";
import { migrate, migrationsFolder } from "./migrate";

/** A test's database; `url` (Postgres only) lets a test start server processes on it. */
export type TestDb = DbHandle & { url?: string };

/**
 * A migrated, empty database for one test file: PGlite in memory, or — when DATABASE_URL is
 * set — a fresh database on that server, dropped on close, so runs never see each other's rows.
 * `migrations` names another folder (an upgrade test starts from an older schema).
 */
export async function createTestDb(migrations = migrationsFolder()): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await createDb({ dataDir: "memory" });
    await migrate(handle, migrations);
    return handle;
  }
  const fresh = await createTestDatabase(url);
  const handle = await createDb({ url: fresh.url, poolSize: 4 });
  await migrate(handle, migrations);
  return {
    ...handle,
    url: fresh.url,
    close: async () => {
      await handle.close();
      await fresh.drop();
    },
  };
}

/**
 * An empty database of its own on the Postgres at `url`, for tests that open several handles on
 * one database as several servers would.
 */
export async function createTestDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cppcc_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(url, (sql) => sql.unsafe(`create database "${name}"`));
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: () => withAdmin(url, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

/** Runs `run` on a one-connection client to the server in `url` (creating and dropping databases). */
export async function withAdmin(url: string, run: (sql: postgres.Sql) => Promise<unknown>) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await run(sql);
  } finally {
    await sql.end();
  }
}
