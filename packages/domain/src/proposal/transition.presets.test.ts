import { describe, expect, it } from "vitest";
import { fourCategoryCityPreset as four, zhejiangCityPreset as zj } from "../ruleSet/presets";
import type { RuleSet } from "../ruleSet/schema";
import { handlingDueOn } from "./deadline";
import type { ProposalEvent } from "./events";
import type { ProposalState } from "./state";
import type { ProposalActor } from "./step";
import { coUnit, factsAt, leadMember, leadUnit, stateIn } from "./testFixtures";
import { transition } from "./transition";

/** The same step on the same proposal at the same moment under each preset. */
function underBoth(state: ProposalState, event: ProposalEvent, actor: ProposalActor, local: string) {
  const run = (rules: RuleSet) => transition(state, event, actor, factsAt(local), rules);
  return { zhejiang: run(zj), fourCategory: run(four) };
}

const admin: ProposalActor = { role: "admin" };
const lead: ProposalActor = { role: "handler", handlingUnitId: leadUnit };
const member: ProposalActor = { role: "member", memberId: leadMember };

describe("the state machine takes its rules from the rule set", () => {
  it("review rounds: a second return is allowed under 三审一退, refused with two rounds", () => {
    const r = underBoth({ ...stateIn.underReview, returns: 1 }, { type: "returnForRevision", reasons: ["仍不具体"] }, admin, "2024-01-20T09:00:00");
    expect(r.zhejiang).toMatchObject({ ok: true, state: { status: "returned", returns: 2 } });
    expect(r.fourCategory).toEqual({ ok: false, refusals: [expect.objectContaining({ message: "本提案已审查 2 轮，已达规则规定的 2 轮上限，不能再退回修改，请作出立案或不予立案的决定" })] });
  });

  it("reply categories: D exists only in the four-category preset", () => {
    const ready = { ...stateIn.assigned, coOpinions: [{ handlingUnitId: coUnit, sentOn: "2024-03-18" }] };
    const r = underBoth(ready, { type: "reply", categoryCode: "D" }, lead, "2024-04-01T09:00:00");
    expect(r.zhejiang.ok).toBe(false);
    expect(r.fourCategory).toMatchObject({ ok: true, state: { status: "replied", replies: [{ categoryCode: "D" }] } });
  });

  it("return window: eight days after assignment is in time with ten days, late with seven", () => {
    const r = underBoth(stateIn.assigned, { type: "returnAssignment", reason: "不属于本单位职责" }, lead, "2024-03-23T09:00:00");
    expect(r.zhejiang.ok).toBe(true);
    expect(r.fourCategory).toEqual({ ok: false, refusals: [expect.objectContaining({ message: "交办已超过 7 天（退回期限至 2024-03-22），不能再退回；如确属交办不当，请联系办公室直接重新交办" })] });
  });

  it("handling deadline: three months or two from the same assignment", () => {
    const event: ProposalEvent = { type: "assign", assignment: { mode: "joint", leadUnitId: leadUnit, coUnitIds: [] } };
    const r = underBoth(stateIn.filed, event, admin, "2024-03-15T09:00:00");
    expect(r.zhejiang).toMatchObject({ ok: true, state: { dueOn: "2024-06-15" } });
    expect(r.fourCategory).toMatchObject({ ok: true, state: { dueOn: "2024-05-15" } });
    expect(handlingDueOn("2024-11-30", zj.proposal)).toBe("2025-02-28");
    expect(handlingDueOn("2024-12-31", four.proposal)).toBe("2025-02-28");
  });

  it("evaluation dimensions: asked for in Zhejiang, one overall rating in the other", () => {
    const r = underBoth(stateIn.replied, { type: "evaluate", evaluation: { overall: "satisfied", dimensions: {} } }, member, "2024-05-20T09:00:00");
    // Each missing rating is its own refusal at its own field, never one joined string.
    expect(r.zhejiang).toEqual({
      ok: false,
      refusals: [
        { code: "evaluation", kind: "rule", field: "dimensions.contact", message: "请对「沟通联系」作出评价" },
        { code: "evaluation", kind: "rule", field: "dimensions.outcome", message: "请对「办理实效」作出评价" },
      ],
    });
    expect(r.fourCategory).toMatchObject({ ok: true, state: { status: "evaluated" } });
  });

  it("evaluation window: twenty days after the reply staff may close under fifteen days, not under thirty", () => {
    const r = underBoth(stateIn.replied, { type: "close" }, admin, "2024-05-30T09:00:00");
    expect(r.zhejiang.ok).toBe(false);
    expect(r.fourCategory).toMatchObject({ ok: true, state: { status: "closed", closedUnevaluated: true } });
  });

  it("grounds for not filing: only those the preset lists", () => {
    const r = underBoth(stateIn.underReview, { type: "notFile", groundCode: "outOfScope", conversion: "letter" }, admin, "2024-02-01T09:00:00");
    expect(r.zhejiang.ok).toBe(true);
    expect(r.fourCategory.ok).toBe(false);
  });
});
