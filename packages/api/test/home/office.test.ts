import { officeHomeFilters } from "@cppcc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { daysFromToday, heldDeliberation, recordResidentSuggestion, townshipId } from "../consultation/fixtures";
import { draft, extraLogin, filed, otherMembers, refusal, sessionIds, underReview, unitId } from "../proposal/fixtures";

/**
 * The office's home on a generated mix: every count equals the length of the list it links to,
 * read through that list's own procedure and filter, page by page; and the mix moves each count
 * by exactly what was generated. Deadlines are met with the services' clock set in the past.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let handler: Caller;
let sessionId: string;
let zjj: string;
let jtj: string;
const at = (day: string) => api.clock.set(`${day}T10:00:00+08:00`);

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  sessionId = (await sessionIds(api)).get(5)!;
  [zjj, jtj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局")]);
  handler = await extraLogin(api, "handler", zjj);
}, 60_000);
afterAll(() => api?.close());

/** Every page of a keyset list, as the screen loads them with 「加载更多」. */
async function allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    items.push(...p.items);
    cursor = p.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** What each count's link opens, read as that screen reads it. */
async function listed() {
  const proposals = (statuses: readonly (typeof officeHomeFilters.awaitingReview)[number][]) =>
    allPages((cursor) => admin.proposal.list({ statuses: [...statuses], order: "oldest", limit: 7, cursor }));
  const openItems = (status: "overdue" | "dueSoon") =>
    allPages((cursor) => admin.consultation.suggestion.openItems({ status, limit: 3, cursor }));
  const [review, assignment, overdue, dueSoon, leaves, week, plan, extensions, overdueSuggestions, dueSoonSuggestions] = await Promise.all([
    proposals(officeHomeFilters.awaitingReview),
    proposals(officeHomeFilters.awaitingAssignment),
    admin.proposal.overdue({}),
    admin.proposal.overdue({ window: "dueSoon" }),
    allPages((cursor) => admin.consultation.invitation.pendingLeaves({ limit: 2, cursor })),
    allPages((cursor) => admin.consultation.list({ thisWeek: true, cityOnly: false, limit: 2, cursor })),
    admin.consultation.plan.get({ year: Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)) }),
    allPages((cursor) => admin.deadlineExtension.pending({ limit: 2, cursor })),
    openItems("overdue"),
    openItems("dueSoon"),
  ]);
  return {
    awaitingReview: review.length,
    awaitingAssignment: assignment.length,
    overdueProposalTasks: overdue.length,
    dueSoonProposalTasks: dueSoon.length,
    pendingLeaves: leaves.length,
    meetingsThisWeek: week.length,
    planItemsDue: plan?.items.filter((i) => i.awaitingSchedule).length ?? 0,
    pendingExtensions: extensions.length,
    overdueSuggestions: overdueSuggestions.length,
    dueSoonSuggestions: dueSoonSuggestions.length,
    // The same items read a second way: the unfiltered list's own status per item.
    unfilteredStatuses: (await allPages((cursor) => admin.consultation.suggestion.openItems({ limit: 50, cursor }))).map((i) => i.status),
  };
}

describe("home.office", () => {
  it("counts what its lists show, and moves by exactly the generated mix", async () => {
    const before = await admin.home.office();
    const members = await otherMembers(api, 12);
    const m = (i: number) => members[i]!.id;

    // 3 submitted, 2 under review: 待审查 +5.
    for (const i of [0, 1, 2]) {
      const d = await draft(admin, sessionId, m(i), { title: `关于第${i}处背街小巷改造的建议` });
      await admin.proposal.submit({ id: d.id, version: d.version });
    }
    for (const i of [3, 4]) await underReview(admin, sessionId, m(i), { title: `关于第${i}所学校周边交通的建议` });
    // 3 filed and left for assignment: 待交办 +3.
    for (const i of [5, 6, 7]) await filed(admin, sessionId, m(i), { title: `关于第${i}个菜市场提升的建议` });
    // 2 assigned long ago (lead and co-unit each late: 4 overdue tasks); 1 assigned now, whose unit asks for more time.
    for (const i of [8, 9]) {
      at("2025-03-03");
      const p = await filed(admin, sessionId, m(i), { title: `关于第${i}条河道治理的建议` });
      await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
    }
    api.clock.reset();
    const recent = await filed(admin, sessionId, m(10), { title: "关于公园增设公厕的建议" });
    await admin.proposal.assign({ id: recent.id, version: recent.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    await handler.proposal.requestExtension({ id: recent.id, requestedDueOn: daysFromToday(120), reason: "需协调园林和环卫两个部门共同选址" });

    // Suggestions: one routed long ago (overdue), one due in two days (临期), one due in a month (neither).
    const session = await heldDeliberation(api, liaison, await townshipId(api, "当湖街道"), 41);
    const [late, soon, later] = [await recordResidentSuggestion(liaison, session.id, 1), await recordResidentSuggestion(liaison, session.id, 2), await recordResidentSuggestion(liaison, session.id, 3)];
    at("2025-03-03");
    await liaison.consultation.suggestion.route({ id: late!.id, version: late!.version, handlingUnitId: zjj, deadline: "2025-03-20" });
    api.clock.reset();
    await liaison.consultation.suggestion.route({ id: soon!.id, version: soon!.version, handlingUnitId: zjj, deadline: daysFromToday(2) });
    await liaison.consultation.suggestion.route({ id: later!.id, version: later!.version, handlingUnitId: zjj, deadline: daysFromToday(30) });

    const after = await admin.home.office();
    expect({
      awaitingReview: after.counts.awaitingReview - before.counts.awaitingReview,
      awaitingAssignment: after.counts.awaitingAssignment - before.counts.awaitingAssignment,
      overdueProposalTasks: after.counts.overdueProposalTasks - before.counts.overdueProposalTasks,
      pendingExtensions: after.counts.pendingExtensions - before.counts.pendingExtensions,
      overdueSuggestions: after.counts.overdueSuggestions - before.counts.overdueSuggestions,
      dueSoonSuggestions: after.counts.dueSoonSuggestions - before.counts.dueSoonSuggestions,
    }).toEqual({ awaitingReview: 5, awaitingAssignment: 3, overdueProposalTasks: 4, pendingExtensions: 1, overdueSuggestions: 1, dueSoonSuggestions: 1 });

    const lists = await listed();
    const { unfilteredStatuses, ...lengths } = lists;
    expect(after.counts).toEqual(lengths);
    // The heldDeliberation sessions are dated today: this week's meetings.
    expect(after.counts.meetingsThisWeek - before.counts.meetingsThisWeek).toBe(1);
    expect(unfilteredStatuses.filter((s) => s === "overdue")).toHaveLength(after.counts.overdueSuggestions);
    expect(unfilteredStatuses.filter((s) => s === "dueSoon")).toHaveLength(after.counts.dueSoonSuggestions);
  }, 120_000);

  it("reads deadlines on the services' clock: a month after assignment nothing generated is late yet", async () => {
    at("2025-04-01");
    const home = await admin.home.office();
    expect(home.counts.overdueProposalTasks).toBe((await admin.proposal.overdue({})).length);
    const lateThen = (await admin.proposal.overdue({})).filter((t) => t.title.includes("河道治理"));
    expect(lateThen).toEqual([]);
    // The suggestion routed then with 2025-03-20 is overdue on 2025-04-01 as well.
    const overdue = await admin.consultation.suggestion.openItems({ status: "overdue", limit: 50 });
    expect(home.counts.overdueSuggestions).toBe(overdue.items.length);
    api.clock.reset();
  });

  it("lists recent activity with who did what to which record, newest first", async () => {
    const members = await otherMembers(api, 14);
    const p = await filed(admin, sessionId, members[13]!.id, { title: "关于增设社区食堂的建议" });
    await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: jtj, coUnitIds: [] } });
    const { activity } = await admin.home.office();
    const me = await admin.auth.me();
    expect(activity[0]).toMatchObject({ who: me!.account.displayName, what: "交办提案", entity: "proposal", entityId: p.id, subject: "关于增设社区食堂的建议" });
    expect(activity[1]).toMatchObject({ what: "立案提案", entityId: p.id });
    // Newest written first (what a test clock set in the past says happened earlier still came last).
    expect(activity.every((a, i) => i === 0 || a.id < activity[i - 1]!.id)).toBe(true);
    // Logins are not work: none appear.
    expect(activity.some((a) => a.what.includes("登录"))).toBe(false);
  });

  it("is the office's alone", async () => {
    for (const role of ["liaison", "handler", "member"] as const) {
      const { caller } = await api.loginAs(role);
      expect((await refusal(caller.home.office())).code).toBe("FORBIDDEN");
    }
  });
});
