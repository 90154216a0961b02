import { describe, expect, it } from "vitest";
import { zhejiangCityPreset } from "../ruleSet/presets";
import { dueSoonTasks, handlingTasksOf, outstandingTasks, overdueTasks, type HandlingTask } from "./overdue";
import { at, coUnit, leadUnit, stateIn } from "./testFixtures";

const rules = zhejiangCityPreset.proposal;
const task = (proposalId: string, dueOn: string, doneOn: string | null = null): HandlingTask => ({
  proposalId,
  handlingUnitId: leadUnit,
  role: "lead",
  dueOn,
  doneOn,
});

describe("overdue", () => {
  it("lists outstanding tasks past their last day in Shanghai, most overdue first", () => {
    const tasks = [task("p1", "2024-06-15"), task("p2", "2024-06-01"), task("p3", "2024-06-16"), task("p4", "2024-06-01", "2024-06-20")];
    // 16 June 00:30 in Shanghai is still 15 June in UTC: p1's last day has just ended.
    expect(overdueTasks(tasks, at("2024-06-16T00:30:00"))).toEqual([
      { ...task("p2", "2024-06-01"), daysOverdue: 15 },
      { ...task("p1", "2024-06-15"), daysOverdue: 1 },
    ]);
    expect(overdueTasks(tasks, at("2024-06-15T23:59:00")).map((t) => t.proposalId)).toEqual(["p2"]);
  });

  it("derives the tasks from a proposal's state: the lead's reply and each co-unit's opinion", () => {
    expect(handlingTasksOf("p1", stateIn.assigned, rules)).toEqual([
      { proposalId: "p1", handlingUnitId: leadUnit, role: "lead", dueOn: "2024-06-15", doneOn: null },
      { proposalId: "p1", handlingUnitId: coUnit, role: "co", dueOn: "2024-04-14", doneOn: null },
    ]);
    const overdue = overdueTasks(handlingTasksOf("p1", stateIn.assigned, rules), at("2024-05-01T09:00:00"));
    expect(overdue).toEqual([{ proposalId: "p1", handlingUnitId: coUnit, role: "co", dueOn: "2024-04-14", doneOn: null, daysOverdue: 17 }]);
  });

  it("gives re-handling its own deadline and no co-unit task", () => {
    expect(handlingTasksOf("p1", stateIn.rehandling, rules)).toEqual([
      { proposalId: "p1", handlingUnitId: leadUnit, role: "lead", dueOn: "2024-06-20", doneOn: null },
    ]);
  });

  it("has nothing to chase once replied, or before assignment", () => {
    for (const s of [stateIn.filed, stateIn.assignmentReturned, stateIn.replied, stateIn.closed]) expect(handlingTasksOf("p1", s, rules)).toEqual([]);
  });

  it("calls due soon what is outstanding and due today or within the window, soonest first", () => {
    const tasks = [task("p1", "2024-06-15"), task("p2", "2024-06-22"), task("p3", "2024-06-23"), task("p4", "2024-06-14"), task("p5", "2024-06-16", "2024-06-10")];
    // 15 June 23:30 in Shanghai: p1 is due today, p2 in 7 days; p3 is beyond, p4 overdue, p5 done.
    expect(dueSoonTasks(tasks, at("2024-06-15T23:30:00"), 7)).toEqual([
      { ...task("p1", "2024-06-15"), daysLeft: 0 },
      { ...task("p2", "2024-06-22"), daysLeft: 7 },
    ]);
    // Half an hour later p1 has turned overdue and leaves the due-soon list for the overdue one.
    expect(dueSoonTasks(tasks, at("2024-06-16T00:30:00"), 7).map((t) => t.proposalId)).toEqual(["p2", "p3"]);
    expect(overdueTasks(tasks, at("2024-06-16T00:30:00")).map((t) => t.proposalId)).toEqual(["p4", "p1"]);
  });

  it("lists every outstanding task earliest first, late ones with their days over, the rest with days left", () => {
    const tasks = [task("p1", "2024-06-20"), task("p2", "2024-06-10"), task("p3", "2024-06-01", "2024-05-30")];
    expect(outstandingTasks(tasks, at("2024-06-15T09:00:00"))).toEqual([
      { ...task("p2", "2024-06-10"), daysOverdue: 5, daysLeft: null },
      { ...task("p1", "2024-06-20"), daysOverdue: 0, daysLeft: 5 },
    ]);
  });
});
