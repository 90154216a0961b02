import { timeCursor } from "@cppcc/domain";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Keyset paging newest first over (timestamp, id). The timestamp travels as Postgres's own text
 * form: a JS Date keeps milliseconds only, and a cursor rounded to them would repeat or skip rows.
 */
export const timestampText = (column: AnyColumn) => sql<string>`${column}::text`;

export function olderThan(cursor: string | null | undefined, at: AnyColumn, id: AnyColumn): SQL | undefined {
  const key = timeCursor.decode(cursor);
  return key ? sql`(${at}, ${id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)` : undefined;
}

/** Rows were fetched with limit + 1: the page, and the cursor to the next one if there is more. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? timeCursor.encode([keyOf(last), last.id]) : null };
}
