import { withSql } from "../lib/scale-db";

export function councilOfAccount(databaseUrl: string, username: string) {
  return withSql(databaseUrl, async (sql) => {
    const [row] = await sql<{ id: string; name: string; members: number }[]>`
      select c.id, c.name, (select count(*)::int from member m where m.council_id = c.id) as members
      from account a join council c on c.id = a.council_id where a.username = ${username}`;
    if (!row) throw new Error(`the account ${username} was not found`);
    return row;
  });
}

export function countMembers(databaseUrl: string): Promise<number> {
  return withSql(databaseUrl, async (sql) => Number((await sql<{ n: number }[]>`select count(*)::int as n from member`)[0]?.n));
}

/** Statistics and the visibility map as a running database has them. */
export function vacuumAnalyze(databaseUrl: string): Promise<unknown> {
  return withSql(databaseUrl, (sql) => sql.unsafe("vacuum (analyze)"));
}

/** An admin login for a generated council, with the demo admin's password. */
export function addAdmin(databaseUrl: string, councilId: string, username: string): Promise<unknown> {
  return withSql(databaseUrl, (sql) => sql`
    insert into account (council_id, username, display_name, password_hash, role)
    select ${councilId}, ${username}, '基准管理员', password_hash, 'admin' from account where username = 'admin'`);
}
