import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policy, type Actor } from "../auth/policy";
import {
  suggestionDeadlineStatus,
  isSuggestionOverdue,
  suggestionOpenItems,
  availableSuggestionSteps,
  suggestionEventTypes,
  suggestionMachine,
  suggestionStates,
  transitionSuggestion,
  type SuggestionEvent,
  type SuggestionEventType,
  type SuggestionFacts,
  type SuggestionState,
  type TrackedSuggestion,
} from "./suggestion";

const council = "c1";
const today = "2024-05-20";
const facts = (over: Partial<SuggestionFacts> = {}): SuggestionFacts => ({ councilId: council, townshipId: "t1", handlingUnitId: "u1", today, ...over });

const validEvent: Record<SuggestionEventType, SuggestionEvent> = {
  route: { type: "route", handlingUnitId: "u2", deadline: "2024-06-19" },
  decline: { type: "decline", reason: "不属本单位职责" },
  recall: { type: "recall", reason: "改交住建局" },
  answer: { type: "answer", answer: "已安排维修路灯 12 盏" },
  close: { type: "close", result: "implemented", reason: "" },
};

/** By hand. */
const table: Record<SuggestionEventType, Partial<Record<SuggestionState, SuggestionState | "same">>> = {
  route: { recorded: "routed" },
  decline: { routed: "recorded" },
  recall: { routed: "recorded" },
  answer: { routed: "answered", answered: "same" },
  close: { recorded: "closed", answered: "closed" },
};

const actors: Record<string, Actor> = {
  admin: { role: "admin", councilId: council },
  liaisonOfT1: { role: "liaison", councilId: council, townshipId: "t1" },
  liaisonOfT2: { role: "liaison", councilId: council, townshipId: "t2" },
  handlerOfU1: { role: "handler", councilId: council, handlingUnitId: "u1" },
  handlerOfU2: { role: "handler", councilId: council, handlingUnitId: "u2" },
  member: { role: "member", councilId: council, memberId: "m1" },
};
const mayAct: Record<SuggestionEventType, string[]> = {
  route: ["admin", "liaisonOfT1"],
  decline: ["admin", "handlerOfU1"],
  recall: ["admin", "liaisonOfT1"],
  answer: ["admin", "handlerOfU1"],
  close: ["admin", "liaisonOfT1"],
};

describe("suggestion", () => {
  it("walks every state × event × actor", () => {
    for (const state of suggestionStates) {
      for (const type of suggestionEventTypes) {
        for (const [name, actor] of Object.entries(actors)) {
          const r = transitionSuggestion(state, validEvent[type], actor, facts());
          const where = `${state} --${type}--> by ${name}`;
          const to = table[type][state];
          if (!mayAct[type].includes(name)) expect(r.ok ? "ok" : r.refusals[0].kind, where).toBe("forbidden");
          else if (to === "same") expect(r, where).toEqual({ ok: true, state: state, changed: false });
          else if (to) expect(r, where).toEqual({ ok: true, state: to, changed: true });
          else expect(r.ok ? "ok" : r.refusals[0].kind, where).toBe("rule");
        }
      }
    }
  });

  it("names roles the policy grants", () => {
    for (const rule of Object.values(suggestionMachine.rules)) for (const role of rule.roles) expect(policy[role][rule.action]).toBeDefined();
  });

  it("leaves a city consultation's suggestions to the office", () => {
    expect(transitionSuggestion("recorded", validEvent.route, actors.liaisonOfT1!, facts({ townshipId: null }))).toMatchObject({ ok: false, refusals: [{ kind: "forbidden" }] });
    expect(transitionSuggestion("recorded", validEvent.route, actors.admin!, facts({ townshipId: null })).ok).toBe(true);
  });

  it("counts the same routing once, and refuses a different unit while routed", () => {
    const again = { type: "route", handlingUnitId: "u1", deadline: "2024-06-19" } as const;
    expect(transitionSuggestion("routed", again, actors.liaisonOfT1!, facts())).toEqual({ ok: true, state: "routed", changed: false });
    expect(transitionSuggestion("routed", validEvent.route, actors.liaisonOfT1!, facts())).toMatchObject({ ok: false, refusals: [{ message: "意见建议当前为「办理中」，不能交办" }] });
  });

  it("needs a future deadline, an answer with substance, and a reason unless implemented", () => {
    const reasons = (state: SuggestionState, e: SuggestionEvent, actor = actors.admin!) => {
      const r = transitionSuggestion(state, e, actor, facts());
      return r.ok ? [] : r.refusals.map((v) => v.message);
    };
    expect(reasons("recorded", { type: "route", handlingUnitId: "u2", deadline: today })).toEqual(["答复期限须晚于今天"]);
    expect(reasons("routed", { type: "answer", answer: "收到" })).toEqual(["请填写答复内容（至少 5 个字），写明办理措施和结果"]);
    expect(reasons("answered", { type: "close", result: "partlyImplemented", reason: "" })).toEqual(["请填写部分落实的原因（至少 2 个字）"]);
    expect(reasons("answered", { type: "close", result: "notImplemented", reason: " " })).toEqual(["请填写未落实的原因（至少 2 个字）"]);
    expect(reasons("answered", { type: "close", result: "notImplemented", reason: "资金未列入年度预算" })).toEqual([]);
    expect(reasons("answered", { type: "close", result: "done" as never, reason: "" })).toEqual(["请选择办理结果：落实、部分落实或未落实"]);
    expect(reasons("routed", { type: "decline", reason: "" }, actors.handlerOfU1)).toEqual(["请填写退回理由（至少 2 个字）"]);
  });

  it("refuses a second closing with its reason", () => {
    expect(transitionSuggestion("closed", validEvent.close, actors.liaisonOfT1!, facts())).toMatchObject({ ok: false, refusals: [{ message: "该意见建议已销号，不能再销号" }] });
  });

  it("offers the handler only its answer buttons", () => {
    expect(availableSuggestionSteps(actors.handlerOfU1!, { ...facts(), state: "routed" }).map((s) => s.type)).toEqual(["decline", "answer"]);
    expect(availableSuggestionSteps(actors.handlerOfU2!, { ...facts(), state: "routed" }).map((s) => s.type)).toEqual([]);
    expect(availableSuggestionSteps(actors.liaisonOfT1!, { ...facts(), state: "routed" }).map((s) => s.type)).toEqual(["recall"]);
  });

  it("never leaves closed, whatever is sent", () => {
    const eventArb = fc.constantFrom(...Object.values(validEvent), { type: "route", handlingUnitId: "u1", deadline: "2024-06-01" } as const);
    fc.assert(
      fc.property(fc.array(fc.record({ e: eventArb, a: fc.constantFrom(...Object.values(actors)) }), { maxLength: 30 }), (steps) => {
        let state: SuggestionState = "recorded";
        let unit: string | null = null;
        for (const { e, a } of steps) {
          const before = state;
          const r = transitionSuggestion(state, e, a, facts({ handlingUnitId: unit }));
          if (before === "closed") expect(r.ok).toBe(false);
          if (r.ok) {
            state = r.state;
            if (e.type === "route") unit = e.handlingUnitId;
            if (state === "recorded") unit = null;
          }
        }
      }),
    );
  });
});

describe("deadlines and the open-items list", () => {
  const s = (id: string, state: SuggestionState, deadline: string | null, answeredOn: string | null = null): TrackedSuggestion => ({ id, state, deadline, answeredOn });

  it("calls overdue only what still awaits an answer after its deadline", () => {
    expect(isSuggestionOverdue(s("a", "routed", "2024-05-19"), today)).toBe(true);
    expect(isSuggestionOverdue(s("a", "routed", "2024-05-20"), today)).toBe(false);
    expect(isSuggestionOverdue(s("a", "answered", "2024-05-01"), today)).toBe(false);
    expect(suggestionDeadlineStatus(s("a", "routed", "2024-05-27"), today, 7)).toBe("dueSoon");
    expect(suggestionDeadlineStatus(s("a", "routed", "2024-05-28"), today, 7)).toBe("onTime");
    expect(suggestionDeadlineStatus(s("a", "answered", "2024-05-01", "2024-05-03"), today, 7)).toBe("answeredLate");
    expect(suggestionDeadlineStatus(s("a", "answered", "2024-05-01", "2024-05-01"), today, 7)).toBe("answered");
    expect(suggestionDeadlineStatus(s("a", "recorded", null), today, 7)).toBe("unrouted");
  });

  it("lists what is open, most urgent first, with days overdue", () => {
    const list = suggestionOpenItems(
      [
        s("fine", "routed", "2024-07-01"),
        s("done", "closed", "2024-05-01"),
        s("late2", "routed", "2024-05-18"),
        s("late10", "routed", "2024-05-10"),
        s("soon", "routed", "2024-05-22"),
        s("new", "recorded", null),
        s("answered", "answered", "2024-06-01", "2024-05-15"),
      ],
      today,
      7,
    );
    expect(list.map((i) => `${i.id}:${i.status}:${i.daysOverdue}`)).toEqual([
      "late10:overdue:10",
      "late2:overdue:2",
      "soon:dueSoon:0",
      "new:unrouted:0",
      "answered:answered:0",
      "fine:onTime:0",
    ]);
  });
});
