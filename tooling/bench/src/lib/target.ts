import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DbKind } from "@cppcc/db";
import postgres from "postgres";
import { onCleanup } from "./cleanup";

/** Where one run's database lives, and how to take it away again. */
export type Target = {
  kind: DbKind;
  /** Set for Postgres: the fresh database of this run. */
  databaseUrl?: string;
  /** The PGlite directory (unused on Postgres, but the server wants a DATA_DIR). */
  dataDir: string;
  /** Logs of the processes of this run. */
  workDir: string;
  release: () => Promise<void>;
};

/**
 * A database nobody else uses: a temp directory for PGlite, a `cppcc_bench_<random>` database
 * on the given Postgres server (dropped at the end, so runs never see each other's rows).
 */
export async function openTarget(kind: DbKind, postgresUrl: string): Promise<Target> {
  const workDir = mkdtempSync(join(tmpdir(), "cppcc-bench-"));
  const removeDir = onCleanup(async () => rmSync(workDir, { recursive: true, force: true }));
  const dataDir = join(workDir, "data");
  if (kind === "pglite") return { kind, dataDir, workDir, release: removeDir };

  const name = `cppcc_bench_${randomBytes(6).toString("hex")}`;
  await asAdmin(postgresUrl, (sql) => sql.unsafe(`create database "${name}"`));
  const dropDb = onCleanup(() => asAdmin(postgresUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`)));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    databaseUrl: url.toString(),
    dataDir,
    workDir,
    release: async () => {
      await dropDb();
      await removeDir();
    },
  };
}

async function asAdmin(url: string, run: (sql: postgres.Sql) => Promise<unknown>): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await run(sql);
  } finally {
    await sql.end();
  }
}
