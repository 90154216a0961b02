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
    // The cursor is the shared codec's opaque text, not the last username.
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await caller.account.list({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map((a) => a.username)).toEqual(["member"]);
    expect(second.nextCursor).toBeNull();
    expect(first.items.find((a) => a.role === "liaison")?.township).toBe("当湖街道");
  });

  it("filters by role, status and text in the username or display name", async () => {
    const { caller } = await api.loginAs("admin");
    const names = async (input: Parameters<typeof caller.account.list>[0]) => (await caller.account.list(input)).items.map((a) => a.username);
    expect(await names({ role: "liaison" })).toEqual(["liaison"]);
    expect(await names({ search: "住建" })).toEqual(["handler"]);
    expect(await names({ search: "ADM" })).toEqual(["admin"]);
    // A person's % or _ matches itself, not everything.
    expect(await names({ search: "%" })).toEqual([]);
    expect(await names({ search: "_" })).toEqual([]);
    const handler = (await caller.account.list({ role: "handler" })).items[0]!;
    await caller.account.setDisabled({ id: handler.id, disabled: true });
    expect(await names({ status: "disabled" })).toEqual(["handler"]);
    expect(await names({ status: "active", role: "handler" })).toEqual([]);
    await caller.account.setDisabled({ id: handler.id, disabled: false });
    // Filters and keyset paging together.
    const page = await caller.account.list({ status: "active", limit: 2 });
    expect(page.items.map((a) => a.username)).toEqual(["admin", "handler"]);
    expect((await caller.account.list({ status: "active", limit: 2, cursor: page.nextCursor })).items.map((a) => a.username)).toEqual(["liaison", "member"]);
  });
});
