import type { DbOrTx } from "@cppcc/db";
import { sql } from "drizzle-orm";

/**
 * Holds, until the transaction ends, a lock on one kind of work for one council: two runs of it at
 * once (two scans, two servers) take turns, and the second reads what the first wrote. Works on
 * PGlite too, where one process holds the database and the lock is always free.
 */
export async function lockCouncilWork(tx: DbOrTx, work: string, councilId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${work}), hashtext(${councilId}))`);
}
