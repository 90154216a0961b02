import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One type over both drivers: services never know which database they run on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Db | Tx;

export type DbKind = "pglite" | "postgres";

export type DbHandle = {
  db: Db;
  kind: DbKind;
  /** Answers only when the database does; used by /healthz. */
  ping: () => Promise<void>;
  /**
   * Runs `fn` while holding a Postgres advisory lock on one connection set aside for it, so
   * several processes on one database take turns (migrations at start). The embedded database
   * belongs to one process, so there it simply runs `fn`.
   */
  exclusively: <T>(lockKey: string, fn: () => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

export type CreateDbOptions = {
  /** postgres://… for a real server; absent for the embedded database. */
  url?: string;
  /** Where the embedded database keeps its files; "memory" for tests. */
  dataDir?: string;
  /** Connections in the pool (real Postgres only). */
  poolSize?: number;
};

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const client = postgres(options.url, { max: options.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      ping: async () => void (await client`select 1`),
      exclusively: async (lockKey, fn) => {
        const held = await client.reserve();
        try {
          await held`select pg_advisory_lock(hashtext(${lockKey}))`;
          return await fn();
        } finally {
          await held`select pg_advisory_unlock(hashtext(${lockKey}))`.catch(() => undefined);
          held.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? "./.data";
  if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir === "memory" ? undefined : dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    ping: async () => void (await client.query("select 1")),
    exclusively: (_lockKey, fn) => fn(),
    close: () => client.close(),
  };
}
