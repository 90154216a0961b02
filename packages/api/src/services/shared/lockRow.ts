import type { DbOrTx } from "@cppcc/db";
import { NotFound } from "@cppcc/domain";
import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

/**
 * The row a mutation changes, locked until its transaction ends: a second change to the same row
 * waits, then reads the first one's result (and its new version) instead of overwriting it.
 * Absent (or outside `where`'s scope) it does not exist for the caller: NotFound with `notFound`.
 */
export async function lockRow<T extends PgTable>(tx: DbOrTx, table: T, where: SQL | undefined, notFound: string): Promise<T["$inferSelect"]> {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(where)
    .for("update");
  if (!row) throw new NotFound(notFound);
  return row as T["$inferSelect"];
}

/** `lockRow` for a council-owned row named by its id. */
export function lockById<T extends PgTable & { id: PgColumn; councilId: PgColumn }>(
  tx: DbOrTx,
  table: T,
  councilId: string,
  id: string,
  notFound: string,
): Promise<T["$inferSelect"]> {
  return lockRow(tx, table, and(eq(table.id, id), eq(table.councilId, councilId)), notFound);
}
