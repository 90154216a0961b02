import { dutyScore } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, townshipMembers } from "../consultation/fixtures";

/**
 * The stored score (duty_score) against the record, which scores the member's live entries on read:
 * after adds, revokes, a draft table's change and its publishing, and with writes racing each other
 * (run on Postgres with a pool, DATABASE_URL=…, for real races).
 */
let api: TestApi;
let admin: Caller;
let memberId: string;
let others: string[];
const year = 2025;

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  memberId = await demoMemberId(api);
  others = (await townshipMembers(api, "当湖街道", memberId)).slice(0, 3);
  api.clock.set("2025-12-01T10:00:00+08:00");
  await admin.evaluation.table.saveDraft({ year, version: null, startFrom: { preset: "jinan2015" } });
});
afterAll(() => api?.close());

const add = (who: string, kind: string, day: string) => admin.duty.addEntry({ memberId: who, kind, occurredOn: `2025-${day}`, description: "平台外履职", evidence: "通知文件" });

async function stored(who: string) {
  const [row] = await api.db.db.select().from(dutyScore).where(and(eq(dutyScore.memberId, who), eq(dutyScore.year, year)));
  return row;
}

/** The stored row must say what the record computes from the live entries, and the ranking the same. */
async function expectAgreeing(who: string) {
  const record = await admin.duty.record({ memberId: who, year });
  const row = await stored(who);
  const { table } = await admin.evaluation.table.get({ year });
  expect(row, "a stored score").toBeDefined();
  expect(row!.tableVersion).toBe(table!.version);
  expect(row!.total).toBe(record.score!.total);
  expect(row!.band).toBe(record.score!.band.code);
  expect(row!.entries).toBe(record.entries.length);
  expect(row!.categories).toEqual(record.score!.categories.map((c) => ({ code: c.code, subtotal: c.subtotal })));
  expect(row!.unmetMinimums).toEqual(record.score!.unmetMinimums.map((u) => u.label));
  const ranked = (await admin.duty.ranking({ year })).items.find((i) => i.memberId === who);
  expect(ranked?.total).toBe(record.score!.total);
  return record.score!.total;
}

describe("a member's stored score", () => {
  it("follows each entry added, the cap included", async () => {
    const before = (await admin.duty.record({ memberId, year })).score!.total;
    const ids: string[] = [];
    for (const day of ["03-01", "04-01", "05-01", "06-01", "07-01", "08-01"]) {
      ids.push((await add(memberId, "publicWelfare", day)).id);
      await expectAgreeing(memberId);
    }
    // Jinan: 2 points each, at most 10 a year: the sixth earns nothing.
    const welfare = (await admin.duty.record({ memberId, year })).entries.flatMap((e) => e.points).filter((p) => p.clause?.code === "publicWelfare");
    expect(welfare.reduce((sum, p) => sum + p.applied, 0)).toBe(10);
    expect(await expectAgreeing(memberId)).toBe(before + 10);

    await admin.duty.revokeEntry({ id: ids[0]!, reason: "登记错误" });
    await admin.duty.revokeEntry({ id: ids[1]!, reason: "登记错误" });
    await expectAgreeing(memberId);
    expect((await stored(memberId))!.entries).toBe((await admin.duty.record({ memberId, year })).entries.length);
  });

  it("is rescored when the draft table changes, and names the published version once published", async () => {
    const { table } = await admin.evaluation.table.get({ year });
    const before = (await stored(memberId))!.total;
    const document = { ...table!.document, clauses: table!.document.clauses.map((c) => (c.code === "publicWelfare" ? { ...c, points: 1, cap: 3 } : c)) };
    await admin.evaluation.table.saveDraft({ year, version: table!.version, document });
    const after = await expectAgreeing(memberId);
    expect(after).not.toBe(before);
    const saved = (await admin.evaluation.table.get({ year })).table!;
    await admin.evaluation.table.publish({ year, version: saved.version });
    expect(await expectAgreeing(memberId)).toBe(after);
  });

  it("equals a full recompute when entries for one member are written at once", async () => {
    const who = others[0]!;
    await Promise.all(["02-01", "02-02", "02-03", "02-04", "02-05", "02-06"].map((day, i) => add(who, i % 2 ? "publicWelfare" : "research", day)));
    await expectAgreeing(who);
    expect((await stored(who))!.entries).toBe((await admin.duty.record({ memberId: who, year })).entries.length);
  });
});

describe("a year's first table racing entries", () => {
  it("scores every entry under the table, whichever commits first", async () => {
    const next = 2026;
    api.clock.set("2026-06-01T10:00:00+08:00");
    const [a, b] = [others[1]!, others[2]!];
    await Promise.all([
      admin.duty.addEntry({ memberId: a, kind: "award", occurredOn: "2026-03-01", description: "表彰", evidence: "文件" }),
      admin.evaluation.table.saveDraft({ year: next, version: null, startFrom: { preset: "tongcheng2019" } }),
      admin.duty.addEntry({ memberId: b, kind: "publicWelfare", occurredOn: "2026-03-02", description: "公益", evidence: "文件" }),
    ]);
    for (const who of [a, b]) {
      const record = await admin.duty.record({ memberId: who, year: next });
      const [row] = await api.db.db.select().from(dutyScore).where(and(eq(dutyScore.memberId, who), eq(dutyScore.year, next)));
      expect(row?.total).toBe(record.score!.total);
      expect(row?.entries).toBe(record.entries.length);
    }
  });
});
