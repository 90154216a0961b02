import { describe, expect, it } from "vitest";
import { zhejiangCityPreset } from "../ruleSet/presets";
import type { ProposalEvent } from "./events";
import { proposalExtensionUnitProblem, proposalHandlingPeriod, withExtendedDue } from "./extension";
import { handlingTasksOf, overdueTasks } from "./overdue";
import { at, coUnit, factsAt, leadUnit, otherUnit, stateIn } from "./testFixtures";
import { transition } from "./transition";

describe("a proposal's deadline extension", () => {
  it("belongs to the handling period, which a new assignment or re-handling starts afresh", () => {
    expect(proposalHandlingPeriod(stateIn.assigned)).toBe("2024-03-15#0");
    expect(proposalHandlingPeriod(stateIn.rehandling)).toBe("2024-03-15#1");
    expect(proposalHandlingPeriod(stateIn.filed)).toBeNull();
  });

  it("is asked for by the unit that owes the reply, not a co-unit or a stranger", () => {
    expect(proposalExtensionUnitProblem(stateIn.assigned, leadUnit)).toBeNull();
    expect(proposalExtensionUnitProblem(stateIn.assigned, coUnit)).toBe("会办单位的期限由主办单位掌握，延期请由主办单位申请");
    expect(proposalExtensionUnitProblem(stateIn.assigned, otherUnit)).toBe("本单位不是该提案的承办单位");
    expect(proposalExtensionUnitProblem(stateIn.replied, leadUnit)).toBe("该提案当前不在办理中，无需申请延期");
  });

  it("moves the deadline the overdue list follows", () => {
    const rules = zhejiangCityPreset.proposal;
    const extended = withExtendedDue(stateIn.assigned, "2024-07-15");
    expect(overdueTasks(handlingTasksOf("p", stateIn.assigned, rules), at("2024-06-20T09:00:00")).filter((t) => t.role === "lead")).toHaveLength(1);
    expect(overdueTasks(handlingTasksOf("p", extended, rules), at("2024-06-20T09:00:00")).filter((t) => t.role === "lead")).toHaveLength(0);
    expect(overdueTasks(handlingTasksOf("p", extended, rules), at("2024-07-16T09:00:00")).filter((t) => t.role === "lead")).toHaveLength(1);
  });
});

describe("reassignment by the office (重新交办)", () => {
  const admin = { role: "admin" } as const;
  const event: Extract<ProposalEvent, { type: "reassign" }> = {
    type: "reassign",
    assignment: { mode: "joint", leadUnitId: otherUnit, coUnitIds: [] },
    reason: "原单位反映不属于其职责",
  };

  it("moves a proposal past the return window to new units with the full handling time", () => {
    const lead = { role: "handler", handlingUnitId: leadUnit } as const;
    const late = factsAt("2024-04-10T09:00:00");
    const returned = transition(stateIn.assigned, { type: "returnAssignment", reason: "不属于本单位职责" }, lead, late, zhejiangCityPreset);
    expect(returned).toEqual({ ok: false, refusals: [expect.objectContaining({ message: "交办已超过 10 天（退回期限至 2024-03-25），不能再退回；如确属交办不当，请联系办公室直接重新交办" })] });
    const r = transition(stateIn.assigned, event, admin, late, zhejiangCityPreset);
    expect(r.ok && r.state.assignment).toEqual({ mode: "joint", units: [{ handlingUnitId: otherUnit, role: "lead" }], assignedOn: "2024-04-10" });
    expect(r.ok && r.state.dueOn).toBe("2024-07-10");
    expect(r.ok && r.state.status).toBe("assigned");
  });

  it("needs a reason and no reply yet", () => {
    expect(transition(stateIn.assigned, { ...event, reason: "" }, admin, factsAt("2024-04-10T09:00:00"), zhejiangCityPreset)).toEqual({ ok: false, refusals: [expect.objectContaining({ message: "请写明重新交办的理由（如原单位反映不属于其职责），便于各单位知悉" })] });
    const split = { ...stateIn.assigned, replies: [{ handlingUnitId: leadUnit, categoryCode: "A", round: 0, repliedOn: "2024-04-01" }] };
    expect(transition(split, event, admin, factsAt("2024-04-10T09:00:00"), zhejiangCityPreset)).toEqual({ ok: false, refusals: [expect.objectContaining({ message: "已有承办单位作出答复，不能重新交办；如答复不当，请在测评后重新办理" })] });
  });
});
