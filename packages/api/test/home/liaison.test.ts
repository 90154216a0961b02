import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { daysFromToday, heldDeliberation, loginAsNew, recordResidentSuggestion, residentTopic, townshipId } from "../consultation/fixtures";
import { refusal, unitId } from "../proposal/fixtures";

/**
 * The liaison's home: only their own township; the pending count equals the moderation queue it
 * opens; sessions to come soonest first; the 销号 figures are the list's, overdue with the clock set back.
 */
let api: TestApi;
let liaison: Caller;
let other: Caller;
let danghu: string;
beforeAll(async () => {
  api = await createTestApi();
  liaison = (await api.loginAs("liaison")).caller;
  danghu = await townshipId(api, "当湖街道");
  other = await loginAsNew(api, "liaison", { townshipId: await townshipId(api, "乍浦镇") });
}, 60_000);
afterAll(() => api?.close());

async function pendingQueueLength(caller: Caller, township: string) {
  let n = 0;
  let cursor: string | undefined;
  do {
    const page = await caller.consultation.residentTopic.list({ state: "pending", townshipId: township, limit: 2, cursor });
    n += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return n;
}

describe("home.liaison", () => {
  it("counts the township's pending topics as its queue does, and shows none of another township's", async () => {
    const before = await other.home.liaison();
    for (const n of [61, 62, 63]) await api.caller(undefined, `192.0.2.${n}`).consultation.publicTopic.submit(residentTopic(danghu, n));
    const home = await liaison.home.liaison();
    expect(home.pendingTopics.count).toBe(await pendingQueueLength(liaison, danghu));
    expect(home.pendingTopics.count).toBeGreaterThanOrEqual(3);
    expect(home.pendingTopics.items.map((t) => t.topic)).toContain("小区路灯不亮第63处");
    const after = await other.home.liaison();
    expect(after.pendingTopics.count).toBe(before.pendingTopics.count);
    expect(after.pendingTopics.items.map((t) => t.topic)).not.toContain("小区路灯不亮第63处");
  });

  it("lists sessions to come soonest first and the open items with the overdue counted as the 销号清单 counts them", async () => {
    const queue = await liaison.consultation.residentTopic.list({ state: "pending", townshipId: danghu, limit: 2 });
    const [a, b] = queue.items;
    for (const t of [a!, b!]) await liaison.consultation.residentTopic.moderate({ id: t.id, version: t.version, type: "accept" });
    await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [a!.id], title: "路灯议事会（后）", plannedDate: daysFromToday(12) });
    await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [b!.id], title: "路灯议事会（先）", plannedDate: daysFromToday(4) });
    const sessions = (await liaison.home.liaison()).upcomingSessions.map((s) => s.title);
    expect(sessions.indexOf("路灯议事会（先）")).toBeLessThan(sessions.indexOf("路灯议事会（后）"));
    expect((await other.home.liaison()).upcomingSessions.map((s) => s.title)).not.toContain("路灯议事会（先）");

    const held = await heldDeliberation(api, liaison, danghu, 64);
    const late = await recordResidentSuggestion(liaison, held.id, 1);
    api.clock.set("2025-03-03T10:00:00+08:00");
    await liaison.consultation.suggestion.route({ id: late.id, version: late.version, handlingUnitId: await unitId(api, "市住建局"), deadline: "2025-03-20" });
    api.clock.reset();
    const home = await liaison.home.liaison();
    const list = await liaison.consultation.suggestion.openItems({ townshipId: danghu, limit: 50 });
    expect(home.openItems).toMatchObject({ overdue: list.summary.overdue, dueSoon: list.summary.dueSoon, total: list.summary.total });
    expect(home.openItems.overdue).toBeGreaterThanOrEqual(1);
    expect(home.openItems.items[0]).toMatchObject({ id: late.id, status: "overdue" });
    expect((await other.home.liaison()).openItems.items.map((i) => i.id)).not.toContain(late.id);
  }, 60_000);

  it("is the liaison's alone", async () => {
    for (const role of ["admin", "handler", "member"] as const) {
      const { caller } = await api.loginAs(role);
      expect((await refusal(caller.home.liaison())).code).toBe("FORBIDDEN");
    }
  });
});
