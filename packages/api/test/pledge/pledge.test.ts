import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, loginAsNew } from "../consultation/fixtures";
import { standingAndOrdinary } from "./fixtures";

/**
 * 履职承诺 through the API with the clock in 2025: a member writes a pledge until 31 March, the year's
 * entries (some added by the office, one revoked, one in another year) are checked against it, and
 * the office reads the year's pledges and judges the free-text item once the pledge stands.
 */
let api: TestApi;
let admin: Caller;
let me: Caller;
let memberId: string;
const at = (day: string) => api.clock.set(`${day}T10:00:00+08:00`);
const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code ?? "?");
const items = [
  { type: "count" as const, kind: "research", target: 2 },
  { type: "count" as const, kind: "inspection", target: 1 },
  { type: "count" as const, kind: "publicWelfare", target: 1 },
  { type: "text" as const, text: "联系走访界别群众不少于4次" },
];

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  memberId = (await standingAndOrdinary(api, await demoMemberId(api))).ordinaryId;
  me = await loginAsNew(api, "member", { memberId });
});
afterAll(() => api?.close());

const entry = (kind: string, occurredOn: string) => admin.duty.addEntry({ memberId, kind, occurredOn, description: `${kind} ${occurredOn}`, evidence: "活动通知" });

describe("a member's pledge", () => {
  it("is written and rewritten until the year's deadline, then refused with the day", async () => {
    at("2025-01-10");
    expect((await me.pledge.mine({ year: 2025 })).pledge).toBeNull();
    await me.pledge.save({ year: 2025, items: items.slice(0, 2) });
    at("2025-03-31");
    await me.pledge.save({ year: 2025, items });
    const mine = await me.pledge.mine({ year: 2025 });
    expect(mine.lockedReason).toBeNull();
    expect(mine.pledge!.items.map((i) => i.label)).toEqual(["参加调研不少于 2 次", "参加视察不少于 1 次", "参加公益活动不少于 1 次", "联系走访界别群众不少于4次"]);
    at("2025-04-01");
    await expect(me.pledge.save({ year: 2025, items: items.slice(0, 1) })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("2025-03-31") });
    expect((await me.pledge.mine({ year: 2025 })).lockedReason).toContain("2025-03-31");
    // Next year's pledge may already be written.
    expect(await codeOf(me.pledge.save({ year: 2026, items: items.slice(0, 1) }))).toBe("OK");
  });

  it("is refused empty, or with a kind nobody pledges", async () => {
    at("2025-02-01");
    expect(await codeOf(me.pledge.save({ year: 2025, items: [] }))).toBe("BAD_REQUEST");
    expect(await codeOf(me.pledge.save({ year: 2025, items: [{ type: "count", kind: "consultationAbsence", target: 1 }] }))).toBe("BAD_REQUEST");
  });

  it("is checked against the year's live entries, as counted by hand", async () => {
    at("2025-06-01");
    await entry("research", "2025-05-10");
    await entry("research", "2024-12-30"); // the year before: not counted
    const revoked = await entry("inspection", "2025-05-20");
    await admin.duty.revokeEntry({ id: revoked.id, reason: "登记错误" }); // reversed: not counted
    await entry("publicWelfare", "2025-05-25");
    let mine = await me.pledge.mine({ year: 2025 });
    expect(mine.pledge!.items.map((i) => [i.status, i.count])).toEqual([
      ["inProgress", 1],
      ["inProgress", 0],
      ["met", 1],
      ["toJudge", null],
    ]);
    await entry("research", "2025-11-02");
    at("2026-01-05");
    mine = await me.pledge.mine({ year: 2025 });
    expect(mine.pledge!.items.map((i) => [i.status, i.count])).toEqual([
      ["met", 2],
      ["notMet", 0],
      ["met", 1],
      ["toJudge", null],
    ]);
    expect(mine.pledge!.counts).toEqual({ met: 2, notMet: 1, inProgress: 0, toJudge: 1 });
  });

  it("is read by the office with its check, filtered, and its free-text item judged", async () => {
    at("2026-01-05");
    const all = await admin.pledge.list({ year: 2025 });
    const row = all.items.find((p) => p.memberId === memberId)!;
    expect(row.counts).toEqual({ met: 2, notMet: 1, inProgress: 0, toJudge: 1 });
    expect((await admin.pledge.list({ year: 2025, show: "unmet" })).items.map((p) => p.memberId)).toContain(memberId);
    expect(await codeOf(admin.pledge.judge({ pledgeId: row.id, index: 0, met: true, note: "" }))).toBe("BAD_REQUEST");
    await admin.pledge.judge({ pledgeId: row.id, index: 3, met: true, note: "走访记录5次" });
    expect((await admin.pledge.list({ year: 2025, show: "toJudge" })).items.map((p) => p.memberId)).not.toContain(memberId);
    const mine = await me.pledge.mine({ year: 2025 });
    expect(mine.pledge!.items[3]).toMatchObject({ status: "met", judgement: { met: true, note: "走访记录5次" } });
  });

  it("is judged only after the deadline, and only by the office", async () => {
    at("2026-02-01");
    const { id } = (await me.pledge.mine({ year: 2026 })).pledge!;
    await me.pledge.save({ year: 2026, items });
    expect(await codeOf(admin.pledge.judge({ pledgeId: id, index: 3, met: true, note: "" }))).toBe("BAD_REQUEST");
    expect(await codeOf(me.pledge.list({ year: 2025 }))).toBe("FORBIDDEN");
    expect(await codeOf(admin.pledge.save({ year: 2025, items }))).toBe("FORBIDDEN");
  });
});
