import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../src/testing";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

describe("council.overview", () => {
  it("shows the signed-in account's council, its parent and townships from the database", async () => {
    const { caller } = await api.loginAs("liaison");
    const o = await caller.council.overview();
    expect(o.council).toMatchObject({ id: api.councilId, name: "政协平湖市委员会", level: "county" });
    expect(o.parent?.name).toBe("政协嘉兴市委员会");
    expect(o.townships.map((t) => t.name)).toContain("当湖街道");
    expect(o.townships).toHaveLength(9);
    expect(o.accountsByRole).toEqual({ admin: 1, liaison: 1, handler: 1, member: 1 });
  });
});

describe("health.check", () => {
  it("answers when the database does", async () => {
    expect(await api.caller().health.check()).toEqual({ ok: true, database: api.db.kind });
  });
});

describe("account.list", () => {
  it("pages the council's accounts by keyset for staff", async () => {
    const { caller } = await api.loginAs("admin");
    const first = await caller.account.list({ limit: 3 });
    expect(first.items.map((a) => a.username)).toEqual(["admin", "handler", "liaison"]);
    expect(first.nextCursor).toBe("liaison");
    const second = await caller.account.list({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map((a) => a.username)).toEqual(["member"]);
    expect(second.nextCursor).toBeNull();
    expect(first.items.find((a) => a.role === "liaison")?.township).toBe("当湖街道");
  });
});
