import { randomBytes } from "node:crypto";
import { withAdmin } from "@cppcc/db/testing";
import postgres from "postgres";

export type FreshDatabase = { url: string; sql: postgres.Sql; drop: () => Promise<void> };

/**
 * An empty database next to the one in `serverUrl`, not migrated: the servers under test must
 * migrate it themselves, at the same moment. Dropped (with force) at the end.
 */
export async function freshDatabase(serverUrl: string): Promise<FreshDatabase> {
  const name = `cppcc_two_${randomBytes(6).toString("hex")}`;
  await withAdmin(serverUrl, (sql) => sql.unsafe(`create database "${name}"`));
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  return {
    url,
    sql,
    drop: async () => {
      await sql.end({ timeout: 5 });
      await withAdmin(serverUrl, (admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}
