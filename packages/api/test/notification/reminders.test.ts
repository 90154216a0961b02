import { notification, outbox, proposal } from "@cppcc/db";
import { addDays, endOfShanghaiDay, handlingTasksOf, type NotificationItem } from "@cppcc/domain";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createScheduler, createServerJobs, drainDueJobs } from "../../src/jobs";
import { proposalRules } from "../../src/services/proposal/shared/rules";
import { createTestApi, TestClock, type Caller, type TestApi } from "../../src/testing";
import { daysFromToday, heldDeliberation, recordResidentSuggestion, townshipId } from "../consultation/fixtures";
import { extraLogin, filed, otherMembers, sessionIds, unitId } from "../proposal/fixtures";

/**
 * Reminders from the rule set's deadlines (7 and 1 days before, by default) and the overdue notice
 * when a deadline passes, to the unit and to the office, each once: across polls, a server
 * restarted in between (a fresh scheduler, registry and clock), and two servers polling at once
 * (on Postgres, with DATABASE_URL, really at once).
 */
let api: TestApi;
let admin: Caller;
let handler: Caller;
let liaison: Caller;
let coHandler: Caller;
let zjj: string;
let jtj: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  handler = (await api.loginAs("handler")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  [zjj, jtj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局")]);
  coHandler = await extraLogin(api, "handler", jtj);
}, 60_000);
afterAll(() => api?.close());
beforeEach(() => api.clock.reset());

const noonOf = (day: string) => new Date(endOfShanghaiDay(day).getTime() - 12 * 3600_000);

/** A server process: its own scheduler memory, job registry and clock, as after a restart. */
function server(at: Date) {
  const clock = new TestClock();
  clock.set(at);
  const schedule = createScheduler(clock);
  const jobs = createServerJobs();
  return async () => {
    await schedule(api.db.db);
    for (let i = 0; i < 5; i++) if ((await drainDueJobs(api.db, jobs, { clock })).done === 0) break;
  };
}

const deadlineNotes = async (c: Caller, id: string): Promise<NotificationItem[]> =>
  (await c.notification.list({ limit: 100 })).items.filter((n) => n.kind.startsWith("deadline.") && n.link?.path.includes(id)).reverse();

describe("deadline reminders and overdue notices", () => {
  it("reach the unit and the office 7 and 1 days before and once overdue, each once across restarts", async () => {
    const sessionId = (await sessionIds(api)).get(5)!;
    const proposer = (await otherMembers(api, 30))[25]!;
    const p = await filed(admin, sessionId, proposer.id);
    const assigned = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
    const [row] = await api.db.db.select({ state: proposal.state }).from(proposal).where(eq(proposal.id, assigned.id));
    const tasks = handlingTasksOf(assigned.id, row!.state, await proposalRules(api.db.db, api.councilId));
    const leadDue = tasks.find((t) => t.role === "lead")!.dueOn;
    const coDue = tasks.find((t) => t.role === "co")!.dueOn;

    // Every day from ten days before the lead's deadline to three days after, each day on a freshly started server, some twice.
    for (let d = -10; d <= 3; d++) {
      const at = noonOf(addDays(leadDue, d));
      await server(at)();
      if (d % 3 === 0) await Promise.all([server(at)(), server(new Date(at.getTime() + 3600_000))()]);
    }
    const toUnit = await deadlineNotes(handler, p.id);
    expect(toUnit.map((n) => [n.kind, n.title, n.link])).toEqual([
      ["deadline.approaching", `提案《关于加快老旧小区路灯改造的建议》（案号 ${p.number}）还有 7 天到期`, { app: "admin", path: `/handling/${p.id}` }],
      ["deadline.approaching", `提案《关于加快老旧小区路灯改造的建议》（案号 ${p.number}）还有 1 天到期`, { app: "admin", path: `/handling/${p.id}` }],
      ["deadline.overdue", `提案《关于加快老旧小区路灯改造的建议》（案号 ${p.number}）已超过办理期限`, { app: "admin", path: `/handling/${p.id}` }],
    ]);
    expect(toUnit[2]!.body).toMatch(/已逾期 1 天，请尽快答复$/);
    const toOffice = await deadlineNotes(admin, p.id);
    expect(toOffice.map((n) => [n.kind, n.link])).toEqual([
      ["deadline.overdue", { app: "admin", path: `/proposals/${p.id}` }], // the co-unit's opinion, long overdue when the scan first ran
      ["deadline.approaching", { app: "admin", path: `/proposals/${p.id}` }],
      ["deadline.approaching", { app: "admin", path: `/proposals/${p.id}` }],
      ["deadline.overdue", { app: "admin", path: `/proposals/${p.id}` }],
    ]);
    expect(toOffice.map((n) => n.title.endsWith("（市交通运输局）") || n.title.endsWith("（市住建局）"))).toEqual([true, true, true, true]);
    // The co-unit hears only of its own task, whose deadline had passed before the first scan.
    expect((await deadlineNotes(coHandler, p.id)).map((n) => [n.kind, n.body?.includes(coDue.slice(0, 4))])).toEqual([["deadline.overdue", true]]);
    expect(await deadlineNotes(liaison, p.id)).toEqual([]);

    // The unit replying settles its own deadline notices; leaving handling settles the office's.
    api.clock.reset();
    const current = await handler.proposal.get({ id: p.id });
    await coHandler.proposal.sendCoOpinion({ id: p.id, version: current.version, text: "交通部门将配合做好小区周边道路照明改造。" });
    const v = (await handler.proposal.get({ id: p.id })).version;
    await handler.proposal.reply({ id: p.id, version: v, categoryCode: "B", text: "已将老旧小区路灯改造列入明年城建计划，分两批实施，并明确维护责任。" });
    for (const c of [handler, coHandler, admin]) expect((await deadlineNotes(c, p.id)).filter((n) => n.doneAt === null)).toEqual([]);
  });

  it("remind a unit of a suggestion's answer deadline, and the liaison who routed it", async () => {
    const held = await heldDeliberation(api, liaison, await townshipId(api, "当湖街道"), 31);
    const s = await recordResidentSuggestion(liaison, held.id, 1);
    const deadline = daysFromToday(20);
    await liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: zjj, deadline });
    for (const d of [-8, -7, -7, -2, -1, 0, 1, 2]) await server(noonOf(addDays(deadline, d)))();
    const mine = (await handler.notification.list({ limit: 100 })).items.filter((n) => n.kind.startsWith("deadline.") && n.title.includes("第31次民生议事会"));
    expect(mine.map((n) => n.kind).reverse()).toEqual(["deadline.approaching", "deadline.approaching", "deadline.overdue"]);
    expect(mine[0]!.link).toEqual({ app: "admin", path: "/suggestions" });
    const toLiaison = (await liaison.notification.list({ limit: 100 })).items.filter((n) => n.kind.startsWith("deadline.") && n.title.includes("第31次民生议事会"));
    expect(toLiaison.map((n) => n.link)).toEqual([0, 1, 2].map(() => ({ app: "liaison", path: "/open-items" })));
    expect((await admin.notification.list({ limit: 100 })).items.filter((n) => n.title.includes("第31次民生议事会"))).toEqual([]);
  });

  it("are enqueued once per task, deadline and reminder, whoever schedules them", async () => {
    const rows = await api.db.db.select({ key: outbox.key }).from(outbox).where(and(eq(outbox.councilId, api.councilId), like(outbox.key, "notify:deadline.%")));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const written = await api.db.db.select({ key: notification.key }).from(notification).where(like(notification.kind, "deadline.%"));
    expect(new Set(written.map((r) => r.key)).size).toBe(written.length);
  });
});
