import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { DbHandle } from "./client";

/**
 * The committed SQL migrations. From source they sit beside src/; in the bundled server the
 * build copies them next to main.js — so look in both places rather than guess.
 */
export function migrationsFolder(): string {
  const candidates = [new URL("../drizzle", import.meta.url), new URL("./drizzle", import.meta.url)].map((u) =>
    fileURLToPath(u),
  );
  const found = candidates.find((dir) => existsSync(`${dir}/meta/_journal.json`));
  if (!found) throw new Error(`找不到数据库迁移文件（查找过：${candidates.join("，")}）`);
  return found;
}

/**
 * Applies what is not applied yet. Servers started at once on one Postgres take turns under an
 * advisory lock: without it both read the same last migration, both apply the next one, and one
 * of them crashes on the other's tables.
 */
export async function migrate(handle: DbHandle, folder = migrationsFolder()): Promise<void> {
  if (handle.kind === "postgres") {
    await handle.exclusively("cppcc:migrate", () =>
      migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder: folder }),
    );
  } else {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  }
}
