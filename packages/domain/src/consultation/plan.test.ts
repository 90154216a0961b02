import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/policy";
import { consultationStates } from "./lifecycle";
import {
  approvePlan,
  consultationPlanInput,
  planEditProblem,
  planItemProblems,
  planItemProgress,
  planProgress,
  type ConsultationPlan,
  type PlanItem,
} from "./plan";
import { uid } from "./testIds";

const council = "c1";
const admin: Actor = { role: "admin", councilId: council };
const item = (over: Partial<PlanItem> = {}): PlanItem => ({
  id: uid(1),
  formatCode: "chairsMeetingConsultation",
  topic: "上市企业嘉兴方阵壮大",
  quarter: 2,
  leadCommitteeId: null,
  note: "",
  ...over,
});
const plan = (over: Partial<ConsultationPlan> = {}): ConsultationPlan => ({ councilId: council, year: 2024, state: "draft", items: [item()], ...over });

describe("annual consultation plan", () => {
  it("parses a plan with Chinese messages", () => {
    const r = consultationPlanInput.safeParse({ year: 2024, items: [{ formatCode: "x", topic: "短" }] });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["请选择协商形式", "协商议题至少 4 个字"]);
    expect(consultationPlanInput.parse({ year: 2024, items: [{ formatCode: "plenarySession", topic: "九届二次全体会议" }] }).items[0]).toMatchObject({ quarter: null, note: "" });
  });

  it("keeps township formats out, needs lead committees, and flags duplicates", () => {
    const problems = planItemProblems([
      item({ formatCode: "deliberation" }),
      item({ formatCode: "counterpartConsultation" }),
      item(),
      item(),
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      "第 1 项：「民生议事堂」由镇街道组织，不列入市级年度协商计划",
      "第 2 项：「对口协商」须确定牵头专委会",
      "第 4 项与第 3 项的形式和议题相同，请合并或修改",
    ]);
  });

  it("approves a sound draft once, and then locks it", () => {
    expect(approvePlan(plan(), admin)).toEqual({ ok: true, state: "approved", changed: true });
    expect(approvePlan(plan({ state: "approved" }), admin)).toEqual({ ok: true, state: "approved", changed: false });
    expect(planEditProblem(plan())).toBeNull();
    expect(planEditProblem(plan({ state: "approved" }))).toBe("2024 年度协商计划已批准并锁定，不能再修改");
  });

  it("refuses an empty or faulty plan, and anyone but the office", () => {
    expect(approvePlan(plan({ items: [] }), admin)).toMatchObject({ ok: false, refusals: [{ kind: "rule", message: "年度协商计划还没有任何协商项目，不能批准" }] });
    expect(approvePlan(plan({ items: [item({ formatCode: "microConsultation" })] }), admin)).toMatchObject({ ok: false, refusals: [{ kind: "rule" }] });
    for (const role of ["liaison", "handler", "member"] as const) {
      expect(approvePlan(plan(), { role, councilId: council, townshipId: "t1" })).toMatchObject({ ok: false, refusals: [{ kind: "forbidden" }] });
    }
    expect(approvePlan(plan(), { role: "admin", councilId: "c2" })).toMatchObject({ ok: false, refusals: [{ kind: "forbidden" }] });
  });

  it("tells done, due, overdue, upcoming and cancelled by quarter, state and today", () => {
    const none = { consultationState: null };
    expect(planItemProgress(2024, 2, none, "2024-03-31")).toBe("upcoming");
    expect(planItemProgress(2024, 2, none, "2024-04-01")).toBe("due");
    expect(planItemProgress(2024, 2, none, "2024-06-30")).toBe("due");
    expect(planItemProgress(2024, 2, none, "2024-07-01")).toBe("overdue");
    expect(planItemProgress(2024, null, none, "2024-12-31")).toBe("due");
    expect(planItemProgress(2024, null, none, "2025-01-01")).toBe("overdue");
    expect(planItemProgress(2024, 1, { consultationState: "cancelled" }, "2024-07-01")).toBe("cancelled");
    expect(planItemProgress(2024, 1, { consultationState: "cancelled", heldOn: "2024-02-01" }, "2024-07-01")).toBe("done");
    for (const state of consultationStates) {
      const progress = planItemProgress(2024, 1, { consultationState: state }, "2024-07-01");
      const expected = { held: "done", outcomeSubmitted: "done", feedbackReceived: "done", closed: "done", cancelled: "cancelled" }[state as string] ?? "overdue";
      expect([state, progress]).toEqual([state, expected]);
    }
  });

  it("sums progress for the plan page", () => {
    const items = [item({ id: "a", quarter: 1 }), item({ id: "b", quarter: 2, topic: "b" }), item({ id: "c", quarter: 3, topic: "c" }), item({ id: "d", quarter: 4, topic: "d" }), item({ id: "e", quarter: 1, topic: "e" })];
    const statuses = new Map([
      ["a", { consultationState: "closed" as const }],
      ["e", { consultationState: "cancelled" as const }],
    ]);
    const p = planProgress({ year: 2024, items }, statuses, "2024-05-01");
    expect(p.counts).toEqual({ done: 1, due: 1, overdue: 0, upcoming: 2, cancelled: 1 });
    expect(p.items.map((i) => i.progress)).toEqual(["done", "due", "upcoming", "upcoming", "cancelled"]);
    expect(p.items[0]!.period).toBe("第一季度");
    expect(p.doneRatio).toBe(0.25);
    expect(planProgress({ year: 2024, items: [] }, new Map(), "2024-05-01").doneRatio).toBe(0);
  });
});
