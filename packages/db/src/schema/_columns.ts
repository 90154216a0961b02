import { getTableName, sql } from "drizzle-orm";
import { foreignKey, integer, type PgColumn, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";

/** The key of a table shared by all councils (a reference table in `distribution.ts`). */
export const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
/** A council-owned row's id: unique by itself (a uuid), but keyed together with its council by `councilKey`. */
export const rowId = () => uuid("id").notNull().default(sql`gen_random_uuid()`);
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: a transition states the version it read; a stale one gets CONFLICT. */
export const version = () => integer("version").notNull().default(1);

type Owned = { councilId: PgColumn };
type Keyed = Owned & { id: PgColumn };

const tableOf = (column: PgColumn) => getTableName(column.table);

/**
 * A council-owned table's primary key, (id, council_id): a sharded Postgres (Citus) distributed by
 * council_id can enforce a key only when it contains the distribution column. The council comes
 * last so the key's index still finds a row by id alone, as every lookup and join by id did
 * before; lists by council have their own council-first indexes.
 */
export const councilKey = (t: Owned & Partial<Keyed>, ...columns: PgColumn[]) => {
  const [first, ...rest] = columns.length > 0 ? columns : [t.id!];
  return primaryKey({ name: `${tableOf(t.councilId)}_pk`, columns: [first!, ...rest, t.councilId] });
};

/**
 * A reference from one council-owned row to another, through the council too: (council_id, x_id)
 * → (council_id, id). Both rows then live on the same shard, and a row can never point into
 * another council. A null x_id is not checked (MATCH SIMPLE), as a nullable reference should be.
 */
export const sameCouncil = (t: Owned, column: PgColumn, target: Keyed) =>
  foreignKey({
    name: `${tableOf(t.councilId)}_${column.name}_fk`,
    columns: [t.councilId, column],
    foreignColumns: [target.councilId, target.id],
  });
