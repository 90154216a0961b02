import { annualReport, dutyPledge } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, loginAsNew } from "../consultation/fixtures";
import { standingAndOrdinary } from "./fixtures";

/**
 * A member with the report open on two devices, and the office returning it at the moment the member
 * saves. Run on Postgres with a pool (DATABASE_URL=…) to see the races PGlite's one connection hides.
 */
let api: TestApi;
let admin: Caller;
let phone: Caller;
let laptop: Caller;
let standingId: string;
const outcome = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code ?? "?");
const sections = (s: string) => ({ duties: s, results: s, shortcomings: s });

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  standingId = (await standingAndOrdinary(api, await demoMemberId(api))).standingId;
  phone = await loginAsNew(api, "member", { memberId: standingId });
  laptop = await loginAsNew(api, "member", { memberId: standingId });
  api.clock.set("2025-12-10T10:00:00+08:00");
});
afterAll(() => api?.close());

describe("one report, written from two places at once", () => {
  it("keeps one of two first saves and tells the other to refresh", async () => {
    const results = await Promise.all([phone, laptop, phone, laptop].map((c, i) => outcome(c.annualReport.save({ year: 2025, version: 0, sections: sections(`第${i}稿`) }))));
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
    expect(results.filter((r) => r !== "OK").every((r) => r === "CONFLICT")).toBe(true);
    expect(await api.db.db.select().from(annualReport).where(eq(annualReport.memberId, standingId))).toHaveLength(1);
  });

  it("submits once from the same version, and a return races a save without losing either's rule", async () => {
    const results = await Promise.all([phone, laptop].map((c) => outcome(c.annualReport.submit({ year: 2025, version: 1, sections: sections("定稿") }))));
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    const { items } = await admin.annualReport.list({ year: 2025, status: "submitted" });
    const row = items.find((i) => i.memberId === standingId)!;
    const [returned, saved] = await Promise.all([
      outcome(admin.annualReport.returnForRevision({ id: row.id!, version: row.version!, reason: "请补充" })),
      outcome(phone.annualReport.save({ year: 2025, version: row.version!, sections: sections("偷改") })),
    ]);
    expect(returned).toBe("OK");
    // A submitted report cannot be saved; after the return the version moved on: refused either way.
    expect(saved).toBe("CONFLICT");
    const mine = await phone.annualReport.mine({ year: 2025 });
    expect(mine.report).toMatchObject({ status: "returned", sections: sections("定稿") });
  });

  it("keeps one pledge row when two first saves race", async () => {
    api.clock.set("2025-02-01T10:00:00+08:00");
    const items = [{ type: "count" as const, kind: "research", target: 1 }];
    const results = await Promise.all([phone, laptop, phone].map((c) => outcome(c.pledge.save({ year: 2025, items }))));
    expect(results).toEqual(["OK", "OK", "OK"]);
    expect(await api.db.db.select().from(dutyPledge).where(eq(dutyPledge.memberId, standingId))).toHaveLength(1);
  });
});
