import { RuleViolation } from "@cppcc/domain";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { decodeCursor, encodeCursor } from "../../roster/cursor";

export { decodeCursor, encodeCursor };

/**
 * Keyset paging newest first over (timestamp, id). The timestamp travels as Postgres's own text
 * form: a JS Date keeps milliseconds only, and a cursor rounded to them would repeat or skip rows.
 */
export const timestampText = (column: AnyColumn) => sql<string>`${column}::text`;

const timestampPattern = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function timestampKey(cursor: string): [string, string] {
  const [ts, id] = decodeCursor<[string, string]>(cursor, 2);
  if (!timestampPattern.test(String(ts)) || !uuidPattern.test(String(id))) {
    throw new RuleViolation("分页参数无效，请刷新列表后重试");
  }
  return [ts, id];
}

export function olderThan(cursor: string | null | undefined, at: AnyColumn, id: AnyColumn): SQL | undefined {
  if (!cursor) return undefined;
  const [ts, key] = timestampKey(cursor);
  return sql`(${at}, ${id}) < (${ts}::timestamptz, ${key}::uuid)`;
}

/** Rows were fetched with limit + 1: the page, and the cursor to the next one if there is more. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, keyOf: (row: T) => string | number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([keyOf(last), last.id]) : null };
}

/** An id taken from a cursor, checked before it reaches SQL. */
export function cursorId(id: unknown): string {
  if (typeof id !== "string" || !uuidPattern.test(id)) throw new RuleViolation("分页参数无效，请刷新列表后重试");
  return id;
}

/** A (text, id) key, e.g. (pinyin, member id): checked, since a tampered cursor must not reach SQL as a bad uuid. */
export function textKey(cursor: string): [string, string] {
  const [text, id] = decodeCursor<[string, string]>(cursor, 2);
  if (typeof text !== "string") throw new RuleViolation("分页参数无效，请刷新列表后重试");
  return [text, cursorId(id)];
}
