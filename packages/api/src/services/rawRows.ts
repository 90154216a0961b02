import type { DbOrTx } from "@cppcc/db";
import type { SQL } from "drizzle-orm";

/** Runs raw SQL and answers its rows on either driver: postgres-js answers with the rows, PGlite with `{ rows }`. */
export async function rawRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
