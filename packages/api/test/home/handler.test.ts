import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { heldDeliberation, recordResidentSuggestion, townshipId } from "../consultation/fixtures";
import { extraLogin, filed, otherMembers, refusal, sessionIds, unitId } from "../proposal/fixtures";

/**
 * The handling unit's home with the services' clock set in the past: each count equals the list it
 * links to read by the unit itself, counts only the unit's own work, and moves as the work is done.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let zjjDesk: Caller;
let jtjDesk: Caller;
let sessionId: string;
let zjj: string;
let jtj: string;
const at = (instant: string) => api.clock.set(instant);

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  sessionId = (await sessionIds(api)).get(5)!;
  [zjj, jtj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局")]);
  zjjDesk = await extraLogin(api, "handler", zjj);
  jtjDesk = await extraLogin(api, "handler", jtj);
}, 60_000);
afterAll(() => api?.close());

async function assigned(memberId: string, title: string, lead: string, co: string[]) {
  const p = await filed(admin, sessionId, memberId, { title });
  return admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: lead, coUnitIds: co } });
}

describe("home.handler", () => {
  it("counts the unit's own replies, co-opinions, suggestions and decided extensions as its lists do", async () => {
    at("2025-04-16T10:00:00+08:00");
    const before = await zjjDesk.home.handler();
    const othersBefore = await jtjDesk.home.handler();
    const members = await otherMembers(api, 3);

    // Led by 住建局: one assigned 20 January (reply due 20 April: 临期), one 10 January (due 10 April: 逾期).
    at("2025-01-20T10:00:00+08:00");
    const soon = await assigned(members[0]!.id, "关于老旧小区加装电梯的建议", zjj, [jtj]);
    at("2025-01-10T10:00:00+08:00");
    await assigned(members[1]!.id, "关于城中村排水改造的建议", zjj, []);
    // 住建局 as co-unit on 交通局's proposal assigned now: an opinion to give, not yet due.
    at("2025-04-16T10:00:00+08:00");
    const co = await assigned(members[2]!.id, "关于公交站台无障碍改造的建议", jtj, [zjj]);

    // A suggestion (from a session held on the real day, as the fixture holds it) routed to 住建局, due in three days.
    api.clock.reset();
    const session = await heldDeliberation(api, liaison, await townshipId(api, "当湖街道"), 51);
    const suggestion = await recordResidentSuggestion(liaison, session.id, 1);
    at("2025-04-16T10:00:00+08:00");
    await liaison.consultation.suggestion.route({ id: suggestion!.id, version: suggestion!.version, handlingUnitId: zjj, deadline: "2025-04-19" });

    // 住建局 asks more time on the first proposal; the office grants a shorter one.
    const asked = await zjjDesk.proposal.requestExtension({ id: soon.id, requestedDueOn: "2025-05-21", reason: "需协调电梯企业和居民出资" });
    await admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "grant", grantedDueOn: "2025-05-20" });

    const home = await zjjDesk.home.handler();
    expect({
      awaitingReply: home.proposals.awaitingReply - before.proposals.awaitingReply,
      dueSoon: home.proposals.dueSoon - before.proposals.dueSoon,
      overdue: home.proposals.overdue - before.proposals.overdue,
      coOpinionsToGive: home.proposals.coOpinionsToGive - before.proposals.coOpinionsToGive,
      awaitingAnswer: home.suggestions.awaitingAnswer - before.suggestions.awaitingAnswer,
      suggestionsDueSoon: home.suggestions.dueSoon - before.suggestions.dueSoon,
    }).toEqual({
      // Its two led proposals and the one it co-handles are all under handling.
      awaitingReply: 3,
      // The grant moved the first reply to 20 May: no longer due soon.
      dueSoon: 0,
      overdue: 1,
      coOpinionsToGive: 1,
      awaitingAnswer: 1,
      suggestionsDueSoon: 1,
    });
    expect(home.extensionsDecided[0]).toMatchObject({ subjectKind: "proposal", subjectId: soon.id, status: "granted", grantedDueOn: "2025-05-20" });
    expect(home.extensionsDecided[0]!.title).toContain("老旧小区加装电梯");

    // Each count is what the unit's own list shows.
    const todo = await zjjDesk.proposal.list({ statuses: ["assigned", "rehandling"], order: "oldest", limit: 200 });
    expect(todo.items).toHaveLength(home.proposals.awaitingReply);
    expect(await zjjDesk.proposal.overdue({ window: "dueSoon" })).toHaveLength(home.proposals.dueSoon);
    expect(await zjjDesk.proposal.overdue({ window: "overdue" })).toHaveLength(home.proposals.overdue);
    const open = await zjjDesk.proposal.overdue({ window: "open" });
    expect(open.filter((t) => t.role === "co")).toHaveLength(home.proposals.coOpinionsToGive);
    expect(open.every((t) => t.handlingUnitId === zjj)).toBe(true);
    const routed = await zjjDesk.consultation.suggestion.list({ state: "routed", limit: 200 });
    expect(routed.items).toHaveLength(home.suggestions.awaitingAnswer);

    // The other unit sees none of 住建局's: only its own lead proposal (co-opinion owed by 住建局, not by it).
    const others = await jtjDesk.home.handler();
    expect(others.proposals.coOpinionsToGive - othersBefore.proposals.coOpinionsToGive).toBe(1); // the opinion on 住建局's first proposal
    expect(others.suggestions.awaitingAnswer).toBe(othersBefore.suggestions.awaitingAnswer);
    expect(others.extensionsDecided.some((e) => e.subjectId === soon.id)).toBe(false);

    // The co-opinion given leaves the count; on 21 May the extended reply is overdue.
    const coVersion = (await zjjDesk.proposal.get({ id: co.id })).version;
    await zjjDesk.proposal.sendCoOpinion({ id: co.id, version: coVersion, text: "同意主办单位方案，住建局将配合做好站台周边改造。" });
    expect((await zjjDesk.home.handler()).proposals.coOpinionsToGive).toBe(home.proposals.coOpinionsToGive - 1);
    at("2025-05-21T09:00:00+08:00");
    const lateThen = await zjjDesk.proposal.overdue({});
    expect(lateThen.some((t) => t.proposalId === soon.id && t.role === "lead")).toBe(true);
    expect((await zjjDesk.home.handler()).proposals.overdue).toBe(lateThen.length);
    // A month after the decision it has left the home.
    at("2025-05-30T09:00:00+08:00");
    expect((await zjjDesk.home.handler()).extensionsDecided.some((e) => e.id === asked.id)).toBe(false);
    api.clock.reset();
  }, 120_000);

  it("is the handling unit's alone", async () => {
    for (const role of ["admin", "liaison", "member"] as const) {
      const { caller } = await api.loginAs(role);
      expect((await refusal(caller.home.handler())).code).toBe("FORBIDDEN");
    }
  });
});
