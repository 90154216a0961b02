import { withSql } from "../lib/scale-db";

/** The council the demo's admin account belongs to: the city measured. */
export function adminCouncil(databaseUrl: string) {
  return withSql(databaseUrl, async (sql) => {
    const [row] = await sql<{ id: string; name: string }[]>`
      select c.id, c.name from account a join council c on c.id = a.council_id where a.username = 'admin'`;
    if (!row) throw new Error("the demo seed's admin account was not found");
    return row;
  });
}

export function countProposals(databaseUrl: string): Promise<number> {
  return withSql(databaseUrl, async (sql) => Number((await sql<{ n: number }[]>`select count(*)::int as n from proposal`)[0]?.n));
}

export function serverVersion(databaseUrl: string): Promise<string> {
  return withSql(databaseUrl, async (sql) => (await sql<{ v: string }[]>`select current_setting('server_version') as v`)[0]?.v ?? "?");
}
