import type { DbHandle } from "@cppcc/db";
import { isEmpty, seedDemo } from "@cppcc/db/seed";
import { generateDemoYear } from "./generateYear";

/**
 * The demo city with its year of activity, when the database is empty: the roster and logins
 * (`seedDemo`), then the year up to `now` through the services. Under the seed lock, so servers
 * started at once on one empty database seed it once; the later one finds it done.
 */
export async function seedDemoCityIfEmpty(handle: DbHandle, now: Date): Promise<boolean> {
  return handle.exclusively("cppcc:seed", async () => {
    if (!(await isEmpty(handle.db))) return false;
    const { councilId } = await seedDemo(handle.db);
    await generateDemoYear(handle, councilId, now);
    return true;
  });
}
