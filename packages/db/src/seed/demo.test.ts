import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "../client";
import { verifyPassword } from "../password";
import { account, council, township } from "../schema";
import { createTestDb } from "../testing";
import { demoAccounts, demoPassword } from "./accounts";
import { isEmpty, seedDemo } from "./demo";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
}, 60_000);
afterAll(async () => h?.close());

describe("demo seed", () => {
  it("fills an empty database with the council chain, townships and one account per role", async () => {
    expect(await isEmpty(h.db)).toBe(true);
    const { councilId } = await seedDemo(h.db);
    expect(await isEmpty(h.db)).toBe(false);

    const [pinghu] = await h.db.select().from(council).where(eq(council.id, councilId));
    expect(pinghu?.name).toBe("政协平湖市委员会");
    expect(pinghu?.parentId).not.toBeNull();
    expect(await h.db.select().from(township).where(eq(township.councilId, councilId))).toHaveLength(9);

    const accounts = await h.db.select().from(account);
    expect(accounts.map((a) => a.role).sort()).toEqual(demoAccounts.map((a) => a.role).sort());
    expect(accounts.find((a) => a.role === "liaison")?.townshipId).not.toBeNull();
    for (const a of accounts) expect(await verifyPassword(a.passwordHash, demoPassword)).toBe(true);
    expect(await verifyPassword(accounts[0]!.passwordHash, "wrong-password")).toBe(false);
  });
});
