import { dutyLedgerLive, proposal, proposalEvent } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, draft, otherMembers, refusal, sessionIds, underReview } from "./fixtures";

/**
 * What happens when requests cross: many staff filing at once, two staff filing the same
 * proposal, a double-clicked submit. Run with DATABASE_URL to have real concurrent connections;
 * on PGlite the transactions queue, which must give the same answers.
 */
let api: TestApi;
let admin: Caller;
let admin2: Caller;
let member: Caller;
let me: string;
let sessions: Map<number, string>;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  admin2 = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  me = await demoMemberId(api);
  sessions = await sessionIds(api);
});
afterAll(() => api?.close());

const settle = async (calls: Promise<unknown>[]) =>
  (await Promise.allSettled(calls)).map((r) => (r.status === "fulfilled" ? "OK" : ((r.reason as { code?: string }).code ?? String(r.reason))));

describe("filing numbers", () => {
  it("stay unique and gapless when many proposals are filed at once", async () => {
    const sessionId = sessions.get(3)!;
    const proposers = await otherMembers(api, 24);
    const queued = await Promise.all(proposers.map((m) => underReview(admin, sessionId, m.id)));
    const results = await Promise.all(queued.map((p, i) => (i % 2 ? admin : admin2).proposal.file({ id: p.id, version: p.version })));
    const serials = results.map((r) => Number(r.number!.split("-")[2])).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.number)).size).toBe(24);
    expect(results.every((r) => r.number!.startsWith("13-3-"))).toBe(true);
  });

  it("are never handed out twice, even when a filing fails after taking one", async () => {
    const sessionId = sessions.get(2)!;
    const [a, b] = await otherMembers(api, 2);
    const first = await underReview(admin, sessionId, a!.id);
    // Still submitted, not under review: the state machine refuses after the serial was taken.
    const d = await draft(admin, sessionId, b!.id);
    const notReviewed = await admin.proposal.submit({ id: d.id, version: d.version });
    expect((await refusal(admin.proposal.file({ id: notReviewed.id, version: notReviewed.version }))).code).toBe("BAD_REQUEST");
    expect((await admin.proposal.file({ id: first.id, version: first.version })).number).toBe("13-2-001");
    const second = await admin.proposal.startReview({ id: notReviewed.id, version: notReviewed.version });
    expect((await admin.proposal.file({ id: second.id, version: second.version })).number).toBe("13-2-002");
  });
});

describe("two staff filing the same proposal", () => {
  it("lets one win and tells the other it was handled meanwhile", async () => {
    const p = await underReview(admin, sessions.get(4)!, (await otherMembers(api, 1))[0]!.id);
    const outcome = await settle([admin.proposal.file({ id: p.id, version: p.version }), admin2.proposal.file({ id: p.id, version: p.version })]);
    expect(outcome.sort()).toEqual(["CONFLICT", "OK"]);
    const loser = admin.proposal.file({ id: p.id, version: p.version });
    expect(await refusal(loser)).toEqual({ code: "CONFLICT", message: "该提案已被他人处理，请刷新后查看" });
    const [row] = await api.db.db.select().from(proposal).where(eq(proposal.id, p.id));
    expect(row).toMatchObject({ status: "filed", number: "13-4-001", serial: 1 });
  });
});

describe("a double-clicked submit", () => {
  const submitted = async (id: string) => {
    const [events, duty] = await Promise.all([
      api.db.db.select().from(proposalEvent).where(and(eq(proposalEvent.proposalId, id), eq(proposalEvent.type, "submit"))),
      api.db.db.select().from(dutyLedgerLive).where(and(eq(dutyLedgerLive.sourceId, id), eq(dutyLedgerLive.kind, "proposalSubmitted"))),
    ]);
    return { events: events.length, duty: duty.length };
  };

  it("with the same request id submits once and answers both clicks with the proposal", async () => {
    const d = await draft(member, sessions.get(5)!, me);
    const clicks = await Promise.all([
      member.proposal.submit({ id: d.id, version: d.version, requestId: "double-click-0001" }),
      member.proposal.submit({ id: d.id, version: d.version, requestId: "double-click-0001" }),
    ]);
    expect(clicks.map((c) => c.status)).toEqual(["submitted", "submitted"]);
    expect(clicks[0]!.version).toBe(clicks[1]!.version);
    expect(await submitted(d.id)).toEqual({ events: 1, duty: 1 });
  });

  it("without one submits once and calls the second click stale", async () => {
    const d = await draft(member, sessions.get(5)!, me);
    const outcome = await settle([member.proposal.submit({ id: d.id, version: d.version }), member.proposal.submit({ id: d.id, version: d.version })]);
    expect(outcome.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await submitted(d.id)).toEqual({ events: 1, duty: 1 });
  });

  it("pressing “new proposal” twice with one request id makes one draft", async () => {
    const input = { sessionId: sessions.get(5)!, proposer: { kind: "member" as const, memberId: me }, requestId: "new-draft-0001" };
    const [a, b] = await Promise.all([member.proposal.create(input), member.proposal.create(input)]);
    expect(a.id).toBe(b.id);
    const rows = await api.db.db.select({ id: proposal.id }).from(proposal).where(eq(proposal.requestId, "new-draft-0001"));
    expect(rows).toHaveLength(1);
  });
});

describe("autosave from two tabs", () => {
  it("refuses the stale tab instead of overwriting", async () => {
    const d = await draft(member, sessions.get(5)!, me);
    const saved = await member.proposal.saveDraft({ id: d.id, version: d.version, title: "第一个标签页的标题" });
    expect(await refusal(member.proposal.saveDraft({ id: d.id, version: d.version, title: "第二个标签页的标题" }))).toMatchObject({ code: "CONFLICT" });
    expect((await member.proposal.get({ id: d.id })).title).toBe("第一个标签页的标题");
    expect(saved.version).toBe(d.version + 1);
  });
});
