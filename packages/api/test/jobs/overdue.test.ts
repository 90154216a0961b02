import { auditLog, outbox, proposal, proposalEvent } from "@cppcc/db";
import { addDays, endOfShanghaiDay, handlingTasksOf, shanghaiDate, type ProposalRules } from "@cppcc/domain";
import { and, eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createScheduler, drainDueJobs, serverJobs } from "../../src/jobs";
import { systemContext } from "../../src/serviceContext";
import { markOverdueSuggestions } from "../../src/services/consultation/suggestion/markOverdue";
import { markOverdueProposals } from "../../src/services/proposal/handling/markOverdue";
import { proposalRules } from "../../src/services/proposal/shared/rules";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { daysFromToday, heldDeliberation, recordResidentSuggestion, townshipId } from "../consultation/fixtures";
import { filed, otherMembers, sessionIds, unitId } from "../proposal/fixtures";

/**
 * The daily overdue scan, as the servers run it: scheduled per council and Shanghai day, marking
 * proposals (a timeline line and an audit row per overdue task) and suggestions (an audit row)
 * as the system, each once, whatever the clock does next.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let rules: ProposalRules;
let zjj: string;
let jtj: string;
/** This server's scheduler, remembering the day it last scheduled, as the poller keeps it. */
let schedule: ReturnType<typeof createScheduler>;
beforeAll(async () => {
  api = await createTestApi();
  schedule = createScheduler(api.clock);
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  rules = await proposalRules(api.db.db, api.councilId);
  [zjj, jtj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局")]);
});
afterAll(() => api?.close());
// Setup goes through the API at the real time (sessions expire on the services' clock).
beforeEach(() => api.clock.reset());

/** The clock at noon in Shanghai on a day. */
const noonOf = (day: string) => new Date(endOfShanghaiDay(day).getTime() - 12 * 3600_000);

/** One poll of a server: the day's scan scheduled, then every due job run. */
async function poll() {
  await schedule(api.db.db);
  return drainDueJobs(api.db, serverJobs, { clock: api.clock });
}

async function assignedProposal(n: number) {
  const sessionId = (await sessionIds(api)).get(5)!;
  const proposer = (await otherMembers(api, 20))[n]!;
  const p = await filed(admin, sessionId, proposer.id);
  const assigned = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
  const [row] = await api.db.db.select({ state: proposal.state }).from(proposal).where(eq(proposal.id, assigned.id));
  const tasks = handlingTasksOf(assigned.id, row!.state, rules);
  return { id: assigned.id, coDue: tasks.find((t) => t.role === "co")!.dueOn, leadDue: tasks.find((t) => t.role === "lead")!.dueOn };
}

const overdueLines = (proposalId: string) =>
  api.db.db
    .select()
    .from(proposalEvent)
    .where(and(eq(proposalEvent.proposalId, proposalId), eq(proposalEvent.type, "overdue")));

const auditRows = (action: string, entityIds: string[]) =>
  api.db.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), inArray(auditLog.entityId, entityIds)));

describe("the daily overdue scan", () => {
  it("marks a proposal's tasks once each, on the first scan after their last day and never before", async () => {
    const p = await assignedProposal(0);
    expect(p.coDue < p.leadDue).toBe(true);

    api.clock.set(noonOf(p.coDue));
    await poll();
    expect(await overdueLines(p.id)).toEqual([]);

    api.clock.set(noonOf(addDays(p.coDue, 1)));
    await poll();
    expect((await overdueLines(p.id)).map((l) => [l.handlingUnitId, l.detail.role, l.detail.dueOn])).toEqual([[jtj, "co", p.coDue]]);

    api.clock.set(noonOf(p.leadDue));
    await poll();
    expect(await overdueLines(p.id)).toHaveLength(1);

    api.clock.set(noonOf(addDays(p.leadDue, 1)));
    await poll();
    api.clock.set(noonOf(addDays(p.leadDue, 2)));
    await poll();
    const lines = await overdueLines(p.id);
    expect(lines.map((l) => [l.handlingUnitId, l.detail.role, l.accountId, l.actorName])).toEqual([
      [jtj, "co", null, "系统"],
      [zjj, "lead", null, "系统"],
    ]);
    const audits = await auditRows("proposal.overdue", [p.id]);
    expect(audits.map((a) => [a.accountId, a.ip, (a.after as { role: string }).role])).toEqual([
      [null, null, "co"],
      [null, null, "lead"],
    ]);

    // What the office and the proposer read.
    api.clock.reset();
    const timeline = await admin.proposal.timeline({ id: p.id });
    expect(timeline.filter((e) => e.type === "overdue").map((e) => [e.label, e.unitName, e.actorName])).toEqual([
      ["已超过办理期限", "市交通运输局", "系统"],
      ["已超过办理期限", "市住建局", "系统"],
    ]);
  });

  it("is scheduled once per council and Shanghai day, however many polls and servers ask", async () => {
    const day = shanghaiDate(new Date("2031-01-10T03:00:00Z"));
    const key = `overdue-scan:${day}`;
    api.clock.set("2031-01-09T16:30:00Z"); // 00:30 in Shanghai on the 10th
    const otherServer = createScheduler(api.clock);
    await Promise.all([schedule(api.db.db), otherServer(api.db.db), otherServer(api.db.db)]);
    api.clock.set("2031-01-10T15:59:00Z"); // 23:59 the same day
    await Promise.all([schedule(api.db.db), createScheduler(api.clock)(api.db.db)]);
    const rows = await api.db.db.select().from(outbox).where(and(eq(outbox.councilId, api.councilId), like(outbox.key, "overdue-scan:2031-01-1%")));
    expect(rows.map((r) => r.key)).toEqual([key]);
  });

  it("marks a suggestion its unit has not answered by the deadline, once per deadline", async () => {
    const session = await heldDeliberation(api, liaison, await townshipId(api, "当湖街道"), 1);
    const s = await recordResidentSuggestion(liaison, session.id, 1);
    const deadline = daysFromToday(5);
    await liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: zjj, deadline });

    api.clock.set(noonOf(deadline));
    await poll();
    expect(await auditRows("suggestion.overdue", [s.id])).toEqual([]);

    for (const days of [1, 2, 3]) {
      api.clock.set(noonOf(addDays(deadline, days)));
      await poll();
    }
    const rows = await auditRows("suggestion.overdue", [s.id]);
    expect(rows.map((r) => [r.accountId, r.entity, r.after])).toEqual([[null, "consultation_suggestion", { deadline, handlingUnitId: zjj, daysOverdue: 1 }]]);
  });

  it("marks each once when two scans of one council run at the same moment", async () => {
    const p = await assignedProposal(1);
    const session = await heldDeliberation(api, liaison, await townshipId(api, "当湖街道"), 2);
    const suggestions = await Promise.all([1, 2, 3].map((n) => recordResidentSuggestion(liaison, session.id, n)));
    const deadline = daysFromToday(3);
    for (const s of suggestions) await liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: zjj, deadline });

    api.clock.set(noonOf(addDays(p.leadDue, 1)));
    const ctx = () => systemContext(api.db, api.councilId, api.clock);
    const [a, b] = await Promise.all([markOverdueProposals({ ctx: ctx() }), markOverdueProposals({ ctx: ctx() })]);
    expect(a + b).toBe(2);
    expect(await overdueLines(p.id)).toHaveLength(2);
    const [c, d] = await Promise.all([markOverdueSuggestions({ ctx: ctx() }), markOverdueSuggestions({ ctx: ctx() })]);
    expect(c + d).toBe(3);
    expect(await auditRows("suggestion.overdue", suggestions.map((s) => s.id))).toHaveLength(3);
  });
});
