import { council } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/createContext";
import { systemContext } from "../src/serviceContext";
import { createTestApi, type TestApi } from "../src/testing";

/** The context a request builds for services: who acts, and in which councils. */
let api: TestApi;
let county: string;
let other: string;
beforeAll(async () => {
  api = await createTestApi();
  const [city] = await api.db.db.select().from(council).where(eq(council.id, api.councilId));
  const rows = await api.db.db
    .insert(council)
    .values([
      { name: "当湖县政协", level: "county", parentId: city!.id, ruleSet: city!.ruleSet },
      { name: "另一个市政协", level: "city", parentId: city!.parentId, ruleSet: city!.ruleSet },
    ])
    .returning({ id: council.id });
  [county, other] = rows.map((r) => r.id) as [string, string];
});
afterAll(() => api?.close());

const contextOf = async (role: "admin" | "liaison" | "member") => {
  const { jar } = await api.loginAs(role);
  return createContext({ db: api.db, cookies: jar, request: { ip: "127.0.0.1", userAgent: null }, clock: api.clock });
};

describe("the service context of a request", () => {
  it("gives the city office its council and the councils below it, and no other", async () => {
    const ctx = await contextOf("admin");
    expect(ctx.scope?.councilId).toBe(api.councilId);
    expect(ctx.scope?.councilIds.sort()).toEqual([api.councilId, county].sort());
    expect(ctx.scope?.councilIds).not.toContain(other);
  });

  it("keeps a liaison and a member to their own council", async () => {
    for (const role of ["liaison", "member"] as const) {
      expect((await contextOf(role)).scope).toEqual({ councilId: api.councilId, councilIds: [api.councilId] });
    }
  });

  it("has no scope without a session", async () => {
    const ctx = await createContext({ db: api.db, cookies: { get: () => undefined, set: () => {}, clear: () => {} }, request: { ip: "127.0.0.1", userAgent: null } });
    expect([ctx.session, ctx.scope]).toEqual([null, null]);
  });

  it("acts as the system, in one council and with no request, for a job", () => {
    const ctx = systemContext(api.db, county, api.clock);
    expect([ctx.actor, ctx.scope, ctx.request]).toEqual([{ kind: "system" }, { councilId: county, councilIds: [county] }, null]);
  });
});
