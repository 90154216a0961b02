import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId, unitId } from "../consultation/fixtures";
import { filed, otherMembers, sessionIds } from "../proposal/fixtures";

/**
 * The office home's counts of this week and of what is coming due, with the services' clock set on
 * Wednesday 16 April 2025 (Shanghai): each count equals the list it links to, read through that list's
 * procedure, and moves by exactly what was generated around the week's and the quarter's edges.
 */
let api: TestApi;
let admin: Caller;
let economy: string;
const at = (instant: string) => api.clock.set(instant);
const wednesday = "2025-04-16T10:00:00+08:00";

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  economy = await committeeId(api, "经济委员会");
}, 60_000);
afterAll(() => api?.close());

async function consultationOn(title: string, plannedDate: string | null, steps: ("plan" | "schedule")[], planItemId?: string) {
  let c = await admin.consultation.create({
    title,
    formatCode: "topicalConsultation",
    year: 2025,
    leadCommitteeId: economy,
    plannedDate,
    venue: "市政协三楼会议室",
    ...(planItemId ? { planItemId } : {}),
  });
  for (const step of steps) {
    c = await admin.consultation.transition({ id: c.id, version: c.version, event: step === "plan" ? { type: "plan" } : { type: "schedule", date: plannedDate! } });
  }
  return c;
}

describe("home.office: this week, leave and the plan", () => {
  it("counts this Shanghai week's meetings, leave awaiting a decision and plan items without a date, as their lists do", async () => {
    at(wednesday);
    const before = await admin.home.office();
    expect(before.planYear).toBe(2025);

    // The plan: Q1 (passed, only a planned consultation), Q2 (begun, nothing yet), Q2 (scheduled), Q3 (not begun).
    const items = [
      { formatCode: "topicalConsultation" as const, topic: "第一季度营商环境专题协商", quarter: 1 as const, leadCommitteeId: economy },
      { formatCode: "topicalConsultation" as const, topic: "第二季度数字经济专题协商", quarter: 2 as const, leadCommitteeId: economy },
      { formatCode: "topicalConsultation" as const, topic: "第二季度老旧小区改造专题协商", quarter: 2 as const, leadCommitteeId: economy },
      { formatCode: "topicalConsultation" as const, topic: "第三季度养老服务专题协商", quarter: 3 as const, leadCommitteeId: economy },
    ];
    await admin.consultation.plan.save({ year: 2025, version: null, items });
    const plan = (await admin.consultation.plan.get({ year: 2025 }))!;
    const [q1, , q2scheduled] = plan.items;
    await consultationOn("营商环境专题协商", null, ["plan"], q1!.id);
    // Meetings: today and Sunday count; next Monday and a draft dated this week do not.
    await consultationOn("老旧小区改造专题协商", "2025-04-16", ["plan", "schedule"], q2scheduled!.id);
    const sunday = await consultationOn("周日调研协商", "2025-04-20", ["plan", "schedule"]);
    await consultationOn("下周一协商", "2025-04-21", ["plan", "schedule"]);
    await consultationOn("本周草稿协商", "2025-04-18", []);

    // Leave: three invited to Sunday's meeting, two ask leave, one of them is excused.
    const members = await otherMembers(api, 3);
    await admin.consultation.invitation.invite({ consultationId: sunday.id, selection: { memberIds: members.map((m) => m.id) } });
    const invited = (await admin.consultation.invitation.list({ consultationId: sunday.id, limit: 10 })).items;
    const asked = await Promise.all(
      invited.slice(0, 2).map((i) => admin.consultation.invitation.reply({ id: i.id, version: i.version, type: "requestLeave", reason: "外出学习" })),
    );
    await admin.consultation.invitation.decide({ id: invited[0]!.id, version: asked[0]!.version, type: "approveLeave" });

    const after = await admin.home.office();
    expect({
      meetingsThisWeek: after.counts.meetingsThisWeek - before.counts.meetingsThisWeek,
      pendingLeaves: after.counts.pendingLeaves - before.counts.pendingLeaves,
      planItemsDue: after.counts.planItemsDue - before.counts.planItemsDue,
    }).toEqual({ meetingsThisWeek: 2, pendingLeaves: 1, planItemsDue: 2 });

    // Each count is the length of the list its tile opens.
    const week = await admin.consultation.list({ thisWeek: true, cityOnly: false, limit: 200 });
    expect(week.items).toHaveLength(after.counts.meetingsThisWeek);
    expect(week.items.map((c) => c.plannedDate).every((d) => d! >= "2025-04-14" && d! <= "2025-04-20")).toBe(true);
    const leaves = await admin.consultation.invitation.pendingLeaves({ limit: 200 });
    expect(leaves.items).toHaveLength(after.counts.pendingLeaves);
    expect(leaves.items.find((l) => l.consultationId === sunday.id)).toMatchObject({ memberId: invited[1]!.memberId, leaveReason: "外出学习" });
    const due = (await admin.consultation.plan.get({ year: 2025 }))!.items.filter((i) => i.awaitingSchedule);
    expect(due.map((i) => i.topic)).toEqual(["第一季度营商环境专题协商", "第二季度数字经济专题协商"]);
    expect(due).toHaveLength(after.counts.planItemsDue);

    // On Monday the 21st the week has turned: only that Monday's meeting is this week's.
    at("2025-04-21T08:00:00+08:00");
    const monday = await admin.consultation.list({ thisWeek: true, cityOnly: false, limit: 200 });
    expect(monday.items.map((c) => c.title)).toContain("下周一协商");
    expect(monday.items.map((c) => c.title)).not.toContain("周日调研协商");
    expect((await admin.home.office()).counts.meetingsThisWeek).toBe(monday.items.length);
    api.clock.reset();
  }, 120_000);

  it("counts proposal tasks due within the farthest reminder beside the overdue ones, as the list filtered so", async () => {
    const sessionId = (await sessionIds(api)).get(5)!;
    const zjj = await unitId(api, "市住建局");
    at(wednesday);
    const before = await admin.home.office();
    const [m] = await otherMembers(api, 1, []);
    // Assigned on 20 January: the reply is due 20 April (4 days on), the co-unit's opinion long overdue.
    at("2025-01-20T10:00:00+08:00");
    const p = await filed(admin, sessionId, m!.id, { title: "关于城区停车位共享的建议" });
    const jtj = await unitId(api, "市交通运输局");
    await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
    at(wednesday);
    const after = await admin.home.office();
    expect(after.counts.dueSoonProposalTasks - before.counts.dueSoonProposalTasks).toBe(1);
    expect(after.counts.overdueProposalTasks - before.counts.overdueProposalTasks).toBe(1);
    const dueSoon = await admin.proposal.overdue({ window: "dueSoon" });
    expect(dueSoon).toHaveLength(after.counts.dueSoonProposalTasks);
    expect(dueSoon.find((t) => t.proposalId === p.id)).toMatchObject({ role: "lead", dueOn: "2025-04-20", daysLeft: 4 });
    // Past its last day it leaves 临期 for 逾期.
    at("2025-04-21T09:00:00+08:00");
    expect((await admin.proposal.overdue({ window: "dueSoon" })).some((t) => t.proposalId === p.id)).toBe(false);
    expect((await admin.proposal.overdue({})).filter((t) => t.proposalId === p.id).map((t) => t.role).sort()).toEqual(["co", "lead"]);
    api.clock.reset();
  }, 120_000);
});
