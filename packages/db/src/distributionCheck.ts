import { sql } from "drizzle-orm";
import type { DbOrTx } from "./client";
import { distributionColumn, referenceTables } from "./distribution";

type Table = { name: string; keyAttnum: number | null };
type Constraint = { name: string; table: string; kind: "p" | "u" | "f"; columns: number[]; target: string | null; targetColumns: number[] };
type UniqueIndex = { name: string; table: string; columns: number[] };

/** postgres-js answers with the rows, PGlite with `{ rows }`. */
async function rows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * What keeps the schema from being distributed by council, read from the live catalog (so it
 * judges what the migrations made, not what the TypeScript says): a council-owned table whose
 * primary key, a unique index or a foreign key to another council-owned table leaves out
 * council_id, a reference table pointing into a council-owned one, and a table that is neither
 * council-owned (it has council_id) nor a listed reference table. Empty when all is well.
 */
export async function distributionViolations(db: DbOrTx): Promise<string[]> {
  const tables = await rows<Table>(
      db,
      sql`select c.relname as name, a.attnum as "keyAttnum"
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
          left join pg_attribute a on a.attrelid = c.oid and a.attname = ${distributionColumn} and not a.attisdropped
          where n.nspname = 'public' and c.relkind in ('r', 'p')`,
  );
  const constraints = await rows<Constraint>(
      db,
      sql`select con.conname as name, c.relname as "table", con.contype as kind,
                 con.conkey::int[] as columns, t.relname as target, coalesce(con.confkey::int[], '{}') as "targetColumns"
          from pg_constraint con
          join pg_class c on c.oid = con.conrelid
          join pg_namespace n on n.oid = c.relnamespace
          left join pg_class t on t.oid = con.confrelid
          where n.nspname = 'public' and con.contype in ('p', 'u', 'f')`,
  );
  // Unique indexes not backing a constraint (partial ones, made with CREATE UNIQUE INDEX). indkey is
  // an int2vector, indexed from 0: through text, so both drivers read it as a plain array.
  const indexes = await rows<UniqueIndex>(
      db,
      sql`select ic.relname as name, c.relname as "table", string_to_array(i.indkey::text, ' ')::int[] as columns
          from pg_index i
          join pg_class c on c.oid = i.indrelid
          join pg_class ic on ic.oid = i.indexrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and i.indisunique and not i.indisprimary
            and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid and con.contype = 'u')`,
  );
  return findViolations(tables, constraints, indexes);
}

function findViolations(tables: Table[], constraints: Constraint[], indexes: UniqueIndex[]): string[] {
  const reference = new Set<string>(referenceTables);
  const keyOf = new Map(tables.map((t) => [t.name, t.keyAttnum]));
  const owned = (table: string) => !reference.has(table) && keyOf.get(table) != null;
  const found: string[] = [];

  for (const t of tables) {
    if (!reference.has(t.name) && t.keyAttnum == null) found.push(`${t.name}: neither council-owned (no ${distributionColumn}) nor a reference table`);
  }
  for (const t of tables.filter((t) => owned(t.name))) {
    if (!constraints.some((c) => c.table === t.name && c.kind === "p")) found.push(`${t.name}: no primary key`);
  }
  for (const c of constraints) {
    const key = keyOf.get(c.table);
    if ((c.kind === "p" || c.kind === "u") && owned(c.table) && !c.columns.includes(key!)) {
      found.push(`${c.table}.${c.name}: ${c.kind === "p" ? "primary key" : "unique constraint"} without ${distributionColumn}`);
    }
    if (c.kind !== "f" || !c.target) continue;
    if (reference.has(c.table) && owned(c.target)) found.push(`${c.table}.${c.name}: a reference table points into ${c.target}`);
    if (!owned(c.table) || !owned(c.target)) continue;
    const at = c.columns.indexOf(key!);
    if (at < 0 || c.targetColumns[at] !== keyOf.get(c.target)) {
      found.push(`${c.table}.${c.name}: foreign key to ${c.target} not through ${distributionColumn}`);
    }
  }
  for (const i of indexes) {
    if (owned(i.table) && !i.columns.includes(keyOf.get(i.table)!)) found.push(`${i.table}.${i.name}: unique index without ${distributionColumn}`);
  }
  return found.sort();
}
