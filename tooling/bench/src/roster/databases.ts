import { account, createDb, insertAccounts } from "@cppcc/db";
import { eq } from "drizzle-orm";
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

/** An admin login for a generated council, with the demo admin's password; added like every login, username claimed. */
export async function addAdmin(databaseUrl: string, councilId: string, username: string): Promise<void> {
  const handle = await createDb({ url: databaseUrl, poolSize: 1 });
  try {
    const [admin] = await handle.db.select({ passwordHash: account.passwordHash }).from(account).where(eq(account.username, "admin"));
    if (!admin) throw new Error("the demo admin was not found");
    await insertAccounts(handle.db, [{ councilId, username, displayName: "基准管理员", passwordHash: admin.passwordHash, role: "admin" }]);
  } finally {
    await handle.close();
  }
}
