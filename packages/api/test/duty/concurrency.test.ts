import { dutyLedger } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId } from "../consultation/fixtures";

/**
 * Two office staff at once, as happens at year end. Run on Postgres with a pool (DATABASE_URL=…) to
 * see the races PGlite's single connection hides: the same year's table started, edited and
 * published by two people, and one off-platform entry revoked twice.
 */
let api: TestApi;
let one: Caller;
let two: Caller;
beforeAll(async () => {
  api = await createTestApi();
  one = (await api.loginAs("admin")).caller;
  two = await api.addLogin({ username: "admin-two", role: "admin" });
  api.clock.set("2025-12-01T10:00:00+08:00");
});
afterAll(() => api?.close());

const outcome = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code ?? "?");

describe("two offices at once", () => {
  it("starts a year once: the other start is a CONFLICT, never a second table or a 500", async () => {
    const results = await Promise.all([one, two, one, two].map((c, i) => outcome(c.evaluation.table.saveDraft({ year: 2025, version: null, startFrom: { preset: i % 2 ? "jinan2015" : "tongcheng2019" } }))));
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
    expect(results.filter((r) => r !== "OK").every((r) => r === "CONFLICT")).toBe(true);
  });

  it("keeps one of two edits from the same version, and publishes once", async () => {
    const { table } = await one.evaluation.table.get({ year: 2025 });
    const edits = await Promise.all(
      [one, two].map((c, i) => outcome(c.evaluation.table.saveDraft({ year: 2025, version: table!.version, document: { ...table!.document, name: `第${i + 1}稿` } }))),
    );
    expect(edits.sort()).toEqual(["CONFLICT", "OK"]);
    const now = (await two.evaluation.table.get({ year: 2025 })).table!;
    expect(now.version).toBe(table!.version + 1);
    const publishes = await Promise.all([one, two].map((c) => outcome(c.evaluation.table.publish({ year: 2025, version: now.version }))));
    expect(publishes.filter((r) => r === "OK")).toHaveLength(1);
    expect((await one.evaluation.table.get({ year: 2025 })).table!.status).toBe("published");
  });

  it("reverses an off-platform entry once when two staff revoke it together", async () => {
    const memberId = await demoMemberId(api);
    const { id } = await one.duty.addEntry({ memberId, kind: "award", occurredOn: "2025-11-01", description: "表彰", evidence: "文件" });
    const results = await Promise.all([one, two, one, two].map((c) => outcome(c.duty.revokeEntry({ id, reason: "登记错误" }))));
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
    const rows = await api.db.db.select().from(dutyLedger).where(eq(dutyLedger.sourceId, id));
    expect(rows.filter((r) => r.reversesId !== null)).toHaveLength(1);
  });
});
