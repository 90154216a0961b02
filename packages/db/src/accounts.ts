import { randomUUID } from "node:crypto";
import type { DbOrTx } from "./client";
import { account, accountUsername } from "./schema";

type NewAccount = typeof account.$inferInsert;

/**
 * The one way to add logins: each account with its username claimed in `account_username`, the
 * table that keeps usernames unique across councils (a duplicate fails there, on
 * `account_username_pkey`). Inside a caller's transaction it is a savepoint of it; both rows land or neither.
 */
export async function insertAccounts(db: DbOrTx, rows: NewAccount[]) {
  if (rows.length === 0) return [];
  const keyed = rows.map((r) => ({ ...r, id: r.id ?? randomUUID() }));
  return db.transaction(async (tx) => {
    await tx.insert(accountUsername).values(keyed.map((r) => ({ username: r.username, councilId: r.councilId, accountId: r.id })));
    return tx.insert(account).values(keyed).returning();
  });
}
