import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../client";
import { migrate } from "../migrate";
import { account, council, member } from "../schema";
import { createTestDatabase, createTestDb } from "../testing";
import { demoAccounts } from "./accounts";
import { seedDemoIfEmpty } from "./ifEmpty";

const url = process.env.DATABASE_URL;

describe("seeding the demo city when empty", () => {
  it("seeds an empty database once and leaves a filled one alone", async () => {
    const h = await createTestDb();
    try {
      expect(await seedDemoIfEmpty(h)).toBe(true);
      expect(await seedDemoIfEmpty(h)).toBe(false);
      const [councils] = await h.db.select({ n: count() }).from(council);
      expect(councils?.n).toBe(4);
    } finally {
      await h.close();
    }
  }, 60_000);

  // Only a real Postgres shows the race: the embedded database belongs to one process.
  it.skipIf(!url)("lets two servers started at once on one empty Postgres both come up with one demo city", async () => {
    for (let round = 0; round < 3; round++) {
      const fresh = await createTestDatabase(url!);
      const servers = await Promise.all([1, 2].map(() => createDb({ url: fresh.url, poolSize: 2 })));
      try {
        await migrate(servers[0]!);
        const results = await Promise.allSettled(servers.map((s) => seedDemoIfEmpty(s)));
        expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason))).sort()).toEqual([false, true]);
        const db = servers[0]!.db;
        const [councils] = await db.select({ n: count() }).from(council);
        const [accounts] = await db.select({ n: count() }).from(account);
        const [members] = await db.select({ n: count() }).from(member);
        expect({ councils: councils?.n, accounts: accounts?.n }).toEqual({ councils: 4, accounts: demoAccounts.length });
        expect(members?.n).toBeGreaterThan(100);
      } finally {
        await Promise.all(servers.map((s) => s.close()));
        await fresh.drop();
      }
    }
  }, 120_000);
});
