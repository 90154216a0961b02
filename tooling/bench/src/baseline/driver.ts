import { PGlite, types } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import postgres from "postgres";

export type Row = unknown[];

/** The two drivers, opened and called the way @cppcc/db and drizzle call them, and nothing more. */
export type Driver = {
  kind: "pglite" | "postgres";
  ping: () => Promise<void>;
  /** Array rows, as drizzle asks for them (a join has several columns named "id"). */
  rows: (text: string, params: unknown[]) => Promise<Row[]>;
  close: () => Promise<void>;
};

// drizzle hands timestamps back as the driver's text and converts later; do the same.
const asText = (value: string) => value;

export async function openDriver(options: { databaseUrl?: string; dataDir?: string }): Promise<Driver> {
  if (options.databaseUrl) {
    // Pool size and options as createDb; prepare: false as drizzle's unnamed queries.
    const sql = postgres(options.databaseUrl, { max: 10, onnotice: () => {} });
    for (const oid of [1184, 1082, 1083, 1114]) sql.options.parsers[oid] = asText;
    return {
      kind: "postgres",
      ping: async () => void (await sql`select 1`),
      rows: (text, params) => sql.unsafe(text, params as never[], { prepare: false }).values(),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  if (!options.dataDir) throw new Error("the baseline needs a databaseUrl or a dataDir");
  const client = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  const parsers = { [types.TIMESTAMP]: asText, [types.TIMESTAMPTZ]: asText, [types.DATE]: asText };
  return {
    kind: "pglite",
    ping: async () => void (await client.query("select 1")),
    rows: async (text, params) => (await client.query<Row>(text, params, { rowMode: "array", parsers })).rows,
    close: () => client.close(),
  };
}
