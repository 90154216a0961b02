import { consultation, consultationSuggestion, deadlineExtension, outbox, proposal, residentTopic } from "@cppcc/db";
import { consultationStates, type ConsultationState } from "@cppcc/domain";
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoYear } from "../../src/demo/generateYear";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";

/**
 * The demo year, generated on a fresh database for a fixed day (in the past, so the test does not
 * depend on when it runs), read back through the procedures as each demo login sees it.
 */
const now = new Date("2026-06-20T10:00:00+08:00");
const today = "2026-06-20";

let api: TestApi;
let admin: Caller;
let liaison: Caller;
let handler: Caller;
let member: Caller;
let seconds = 0;
beforeAll(async () => {
  api = await createTestApi();
  const started = performance.now();
  const timings = await generateDemoYear(api.db, api.councilId, now);
  seconds = (performance.now() - started) / 1000;
  console.info(`demo year generated in ${seconds.toFixed(1)} s`, timings);
  api.clock.set(now);
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  handler = (await api.loginAs("handler")).caller;
  member = (await api.loginAs("member")).caller;
}, 300_000);
afterAll(() => api?.close());

async function all<T>(page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const p = await page(cursor);
    out.push(...p.items);
    cursor = p.nextCursor;
  } while (cursor);
  return out;
}

describe("the demo year", () => {
  it("has consultations in every state, city and township", async () => {
    const list = await all((cursor) => admin.consultation.list({ cursor, limit: 50 }));
    const states = new Set(list.map((c) => c.state as ConsultationState));
    expect([...states].sort()).toEqual([...consultationStates].sort());
    expect(list.some((c) => c.formatCode === "deliberation" && c.state === "closed")).toBe(true);
    // Next meetings lie ahead of today.
    expect(list.filter((c) => c.state === "scheduled").every((c) => (c.plannedDate ?? "") > today)).toBe(true);
    const plan = await admin.consultation.plan.get({ year: 2026 });
    expect(plan).toMatchObject({ state: "approved" });
    expect(plan!.items.some((i) => i.progress === "done")).toBe(true);
  });

  it("has proposals at every step, some overdue, one extended and one extension waiting", async () => {
    const listed = await all((cursor) => admin.proposal.list({ cursor, limit: 50 }));
    const mine = await all((cursor) => member.proposal.list({ cursor, limit: 50 }));
    const statuses = new Set([...listed, ...mine].map((p) => p.status));
    for (const s of ["draft", "submitted", "underReview", "returned", "filed", "notFiled", "assigned", "replied", "rehandling", "evaluated", "closed"]) {
      expect(statuses, s).toContain(s);
    }
    const overdue = await admin.proposal.overdue({});
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const pending = await admin.deadlineExtension.pending({});
    expect(pending.items.filter((e) => e.subjectKind === "proposal")).toHaveLength(1);
    const granted = await api.db.db.select().from(deadlineExtension).where(eq(deadlineExtension.status, "granted"));
    expect(granted).toHaveLength(1);
    expect(await admin.proposal.keyProposals({})).toHaveLength(2);
  });

  it("has run the jobs the services left, today's overdue scan among them", async () => {
    const left = await api.db.db.select({ kind: outbox.kind }).from(outbox).where(and(isNull(outbox.doneAt), lte(outbox.runAt, now)));
    expect(left).toEqual([]);
    const scans = await api.db.db.select({ key: outbox.key }).from(outbox).where(eq(outbox.kind, "overdue-scan"));
    expect(scans.map((s) => s.key)).toContain(`overdue-scan:${today}`);
    const overdue = await admin.proposal.overdue({});
    const timeline = await admin.proposal.timeline({ id: overdue[0]!.proposalId });
    expect(timeline.map((t) => t.label).join("、")).toContain("已超过办理期限");
  });

  it("leaves each demo login work waiting", async () => {
    // The member: a co-signing request, a reply to rate, a meeting to answer.
    expect(await member.proposal.invitations()).toHaveLength(1);
    const toRate = (await all((cursor) => member.proposal.list({ cursor, limit: 50, statuses: ["replied"] }))).length;
    expect(toRate).toBeGreaterThanOrEqual(1);
    const upcoming = await member.consultation.invitation.mine({ upcoming: true });
    expect(upcoming.items.some((i) => i.state === "invited")).toBe(true);
    // The handler: proposals to answer.
    expect((await handler.proposal.list({ statuses: ["assigned"] })).items.length).toBeGreaterThanOrEqual(3);
    expect((await handler.proposal.overdue({})).length).toBeGreaterThanOrEqual(1);
    // The liaison: topics to review, open items, a session to come; a published summary on the public page.
    expect((await liaison.consultation.residentTopic.list({ state: "pending" })).items).toHaveLength(2);
    expect((await liaison.consultation.residentTopic.list({ state: "accepted" })).items.length).toBeGreaterThanOrEqual(4);
    expect((await liaison.consultation.residentTopic.list({ state: "rejected" })).items).toHaveLength(1);
    const open = await liaison.consultation.suggestion.openItems({});
    expect(open.items.some((s) => s.overdue)).toBe(true);
    const township = (await liaison.consultation.residentTopic.list({})).items[0]!.townshipId;
    const summaries = await api.caller().consultation.publicTopic.summaries({ townshipId: township });
    expect(summaries.items).toHaveLength(1);
    // The office: a leave request to decide.
    const list = await all((cursor) => admin.consultation.list({ cursor, limit: 50, state: "scheduled" }));
    let leaveRequested = 0;
    for (const c of list) {
      const inv = await admin.consultation.invitation.list({ consultationId: c.id, limit: 200 });
      leaveRequested += inv.items.filter((i) => i.state === "leaveRequested").length;
    }
    expect(leaveRequested).toBeGreaterThanOrEqual(1);
  });

  it("is the same year when generated again for the same day", async () => {
    const again = await createTestApi();
    try {
      await generateDemoYear(again.db, again.councilId, now);
      expect(await fingerprint(again)).toEqual(await fingerprint(api));
    } finally {
      await again.close();
    }
  }, 300_000);
});

/** What the year wrote, without the ids Postgres chose. */
async function fingerprint(t: TestApi) {
  const q = t.db.db;
  return {
    proposals: await q
      .select({ title: proposal.title, status: proposal.status, number: proposal.number, dueOn: proposal.dueOn, version: proposal.version })
      .from(proposal)
      .orderBy(asc(proposal.title), asc(proposal.status)),
    consultations: await q
      .select({ title: consultation.title, state: consultation.state, plannedDate: consultation.plannedDate, version: consultation.version })
      .from(consultation)
      .orderBy(asc(consultation.title)),
    suggestions: await q
      .select({ content: consultationSuggestion.content, state: consultationSuggestion.state, deadline: consultationSuggestion.deadline })
      .from(consultationSuggestion)
      .orderBy(asc(consultationSuggestion.content)),
    topics: await q.select({ topic: residentTopic.topic, state: residentTopic.state }).from(residentTopic).orderBy(asc(residentTopic.topic)),
  };
}
