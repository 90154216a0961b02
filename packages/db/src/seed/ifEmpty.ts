import type { DbHandle } from "../client";
import { isEmpty, seedDemo } from "./demo";

/**
 * Seeds the demo city when the database is empty. Servers started at once on one empty Postgres
 * would both find it empty and both seed (one of them then crashes on the accounts' unique
 * usernames, after writing a second council chain); under an advisory lock the later one finds
 * the rows the first one committed and leaves them.
 */
export async function seedDemoIfEmpty(handle: DbHandle): Promise<boolean> {
  return handle.exclusively("cppcc:seed", async () => {
    if (!(await isEmpty(handle.db))) return false;
    await seedDemo(handle.db);
    return true;
  });
}
