import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/policy";
import { policy } from "../auth/policy";
import { roles } from "../auth/role";
import type { ConsultationFormatCode } from "./formats";
import {
  consultationEventTypes,
  consultationMachine,
  consultationStates,
  finalConsultationStates,
  hasTakenPlace,
  availableConsultationSteps,
  transitionConsultation,
  type ConsultationEvent,
  type ConsultationEventType,
  type ConsultationFacts,
  type ConsultationState,
} from "./lifecycle";
import type { WorkflowResult as Result } from "../workflow/result";

const council = "c1";
const today = "2024-05-20";
const tomorrow = "2024-05-21";

const facts = (over: Partial<ConsultationFacts> = {}): ConsultationFacts => ({
  councilId: council,
  townshipId: null,
  formatCode: "standingCommitteeConsultation",
  plannedDate: today,
  today,
  draftViolations: [],
  attendanceCount: 30,
  eligibleCount: 40,
  openSuggestionCount: 0,
  ...over,
});

/** A well-formed event of each type, so that only state and role decide. */
const validEvent: Record<ConsultationEventType, ConsultationEvent> = {
  plan: { type: "plan" },
  schedule: { type: "schedule", date: today },
  postpone: { type: "postpone", date: tomorrow, reason: "与市委全会时间冲突" },
  hold: { type: "hold" },
  submitOutcome: { type: "submitOutcome", outcome: { kind: "recommendation", title: "关于助力三农高质量发展的建议案" } },
  recordFeedback: { type: "recordFeedback", adoption: "adopted", feedback: "市政府已批示落实", followUpDate: null },
  close: { type: "close" },
  cancel: { type: "cancel", reason: "议题已由市委常委会研究" },
};

/** The lifecycle written out by hand, independently of the machine's table. */
const withOutcome: Record<ConsultationEventType, Partial<Record<ConsultationState, ConsultationState>>> = {
  plan: { draft: "planned" },
  schedule: { planned: "scheduled" },
  postpone: { planned: "scheduled", scheduled: "scheduled" },
  hold: { scheduled: "held" },
  submitOutcome: { held: "outcomeSubmitted" },
  recordFeedback: { outcomeSubmitted: "feedbackReceived" },
  close: { feedbackReceived: "closed" },
  cancel: {
    draft: "cancelled",
    planned: "cancelled",
    scheduled: "cancelled",
    held: "cancelled",
    outcomeSubmitted: "cancelled",
    feedbackReceived: "cancelled",
  },
};
const withoutOutcome: typeof withOutcome = { ...withOutcome, submitOutcome: {}, close: { held: "closed" } };

const t1 = "t1";
const actors: Record<string, Actor> = {
  admin: { role: "admin", councilId: council },
  adminOfOtherCouncil: { role: "admin", councilId: "c2" },
  liaisonOfT1: { role: "liaison", councilId: council, townshipId: t1 },
  liaisonOfT2: { role: "liaison", councilId: council, townshipId: "t2" },
  handler: { role: "handler", councilId: council, handlingUnitId: "u1" },
  member: { role: "member", councilId: council, memberId: "m1" },
};

const cases: { name: string; formatCode: ConsultationFormatCode; townshipId: string | null; table: typeof withOutcome }[] = [
  { name: "city format with an outcome", formatCode: "standingCommitteeConsultation", townshipId: null, table: withOutcome },
  { name: "township format without an outcome", formatCode: "deliberation", townshipId: t1, table: withoutOutcome },
];

function mayAct(actorName: string, townshipId: string | null): boolean {
  if (actorName === "admin") return true;
  if (actorName === "liaisonOfT1") return townshipId === t1;
  return false;
}

describe("consultation lifecycle", () => {
  for (const c of cases) {
    it(`walks every state × event × actor for a ${c.name}`, () => {
      let checked = 0;
      for (const state of consultationStates) {
        for (const type of consultationEventTypes) {
          for (const [actorName, actor] of Object.entries(actors)) {
            const r = transitionConsultation(state, validEvent[type], actor, facts({ formatCode: c.formatCode, townshipId: c.townshipId }));
            const where = `${state} --${type}--> by ${actorName}`;
            if (!mayAct(actorName, c.townshipId)) {
              expect(r.ok ? "ok" : r.refusals[0].kind, where).toBe("forbidden");
            } else if (c.table[type][state]) {
              expect(r, where).toEqual({ ok: true, state: c.table[type][state], changed: true });
            } else {
              expect(r.ok ? "ok" : r.refusals[0].kind, where).toBe("rule");
            }
            checked++;
          }
        }
      }
      expect(checked).toBe(consultationStates.length * consultationEventTypes.length * Object.keys(actors).length);
    });
  }

  it("names, for each step, roles that the policy grants its action", () => {
    for (const rule of Object.values(consultationMachine.rules)) {
      for (const role of rule.roles) expect(policy[role][rule.action], `${role} ${rule.action}`).toBeDefined();
    }
    for (const role of roles) expect(typeof policy[role]).toBe("object");
  });

  it("explains refusals in Chinese", () => {
    const city = facts();
    expect(transitionConsultation("held", validEvent.hold, actors.member!, city)).toMatchObject({ ok: false, refusals: [{ kind: "forbidden", message: "委员无权登记为已召开" }] });
    expect(transitionConsultation("held", validEvent.hold, actors.liaisonOfT1!, city)).toMatchObject({ ok: false, refusals: [{ kind: "forbidden", message: "此事项属市级工作，由市政协办公室办理，镇街道联络员无权登记为已召开" }] });
    expect(transitionConsultation("draft", validEvent.plan, actors.liaisonOfT2!, facts({ formatCode: "deliberation", townshipId: t1 }))).toMatchObject({ ok: false, refusals: [{ message: "镇街道联络员只能办理本镇街道的事项，无权列入计划" }] });
    expect(transitionConsultation("draft", validEvent.hold, actors.admin!, city)).toMatchObject({ ok: false, refusals: [{ kind: "rule", message: "协商当前为「草稿」，不能登记为已召开" }] });
    expect(transitionConsultation("closed", validEvent.cancel, actors.admin!, city)).toMatchObject({ ok: false, refusals: [{ message: "该协商已办结，不能再取消" }] });
  });

  describe("preconditions", () => {
    const admin = actors.admin!;

    it("plans and schedules only a complete draft, reporting each problem at its field", () => {
      const draftViolations = [{ path: "sectorIds", message: "「界别协商」须至少选择一个参加的界别" }];
      const r = transitionConsultation("draft", validEvent.plan, admin, facts({ draftViolations }));
      expect(r).toMatchObject({ ok: false, refusals: draftViolations.map((v) => ({ kind: "rule", field: v.path, message: v.message })) });
      expect(transitionConsultation("planned", validEvent.schedule, admin, facts({ draftViolations })).ok).toBe(false);
    });

    it("schedules only for today or later", () => {
      expect(transitionConsultation("planned", { type: "schedule", date: "2024-05-19" }, admin, facts())).toMatchObject({ ok: false, refusals: [{ message: "会议日期 2024-05-19 已过，请选择今天或以后的日期" }] });
    });

    it("postpones to a later date (back to scheduled) or to no date yet (back to planned), with a reason", () => {
      expect(transitionConsultation("scheduled", { type: "postpone", date: null, reason: "等待调研完成" }, admin, facts())).toMatchObject({ state: "planned" });
      expect(transitionConsultation("planned", { type: "postpone", date: null, reason: "等待调研完成" }, admin, facts({ plannedDate: null }))).toMatchObject({
        state: "planned",
      });
      expect(transitionConsultation("scheduled", { type: "postpone", date: today, reason: "冲突" }, admin, facts())).toMatchObject({ ok: false, refusals: [{ message: "延期后的日期须晚于原定的 2024-05-20" }] });
      const r = transitionConsultation("scheduled", { type: "postpone", date: "2024-01-01", reason: " " }, admin, facts());
      expect(r.ok ? [] : r.refusals.map((v) => v.message)).toEqual(["请说明延期原因（至少 2 个字）", "新的会议日期 2024-01-01 已过，请选择今天或以后的日期"]);
    });

    it("holds only on or after the date, with attendance, and with a quorum where the format has one", () => {
      expect(transitionConsultation("scheduled", validEvent.hold, admin, facts({ plannedDate: tomorrow }))).toMatchObject({ ok: false, refusals: [{ message: "会议定于 2024-05-21 召开，日期未到" }] });
      expect(transitionConsultation("scheduled", validEvent.hold, admin, facts({ attendanceCount: 0 }))).toMatchObject({ ok: false, refusals: [{ message: "尚无出席记录，请先扫码签到或手工登记出席" }] });
      expect(transitionConsultation("scheduled", validEvent.hold, admin, facts({ attendanceCount: 20, eligibleCount: 40 }))).toMatchObject({ ok: false, refusals: [{ message: "出席 20 人，未过应出席常委 40 人的半数（至少 21 人），会议不能有效召开" }] });
      expect(transitionConsultation("scheduled", validEvent.hold, admin, facts({ eligibleCount: null })).ok).toBe(false);
      expect(transitionConsultation("scheduled", validEvent.hold, admin, facts({ attendanceCount: 21, eligibleCount: 40 })).ok).toBe(true);
      // no quorum for a deliberation: one present is enough
      expect(transitionConsultation("scheduled", validEvent.hold, admin, facts({ formatCode: "deliberation", townshipId: t1, attendanceCount: 1, eligibleCount: null })).ok).toBe(true);
    });

    it("takes the outcome the format expects, and none where it expects none", () => {
      expect(transitionConsultation("held", { type: "submitOutcome", outcome: { kind: "topicalReport", title: "专题报告一份" } }, admin, facts())).toMatchObject({ ok: false, refusals: [{ message: "「常委会会议协商」的成果应为建议案" }] });
      expect(
        transitionConsultation("held", { type: "submitOutcome", outcome: { kind: "topicalReport", title: "关于上市企业的专题报告" } }, admin, facts({ formatCode: "chairsMeetingConsultation" })).ok,
      ).toBe(true);
      expect(transitionConsultation("held", validEvent.submitOutcome, admin, facts({ formatCode: "deliberation", townshipId: t1 }))).toMatchObject({ ok: false, refusals: [{ message: "「民生议事堂」不形成成果文件，意见建议全部办结后即可办结" }] });
    });

    it("needs an adoption result and feedback text", () => {
      const r = transitionConsultation("outcomeSubmitted", { type: "recordFeedback", adoption: "rejected" as never, feedback: "", followUpDate: "2024-01-01" }, admin, facts());
      expect(r.ok ? [] : r.refusals.map((v) => v.field)).toEqual(["adoption", "feedback", "followUpDate"]);
      for (const adoption of ["adopted", "partlyAdopted", "noted"] as const) {
        expect(transitionConsultation("outcomeSubmitted", { type: "recordFeedback", adoption, feedback: "已阅", followUpDate: "2024-11-01" }, admin, facts())).toMatchObject({
          state: "feedbackReceived",
        });
      }
    });

    it("closes an outcome format only after feedback, and a format without one only when every suggestion is closed", () => {
      expect(transitionConsultation("held", validEvent.close, admin, facts())).toMatchObject({ ok: false, refusals: [{ message: "「常委会会议协商」须先报送建议案并登记采纳反馈，才能办结" }] });
      const deliberation = facts({ formatCode: "deliberation", townshipId: t1, openSuggestionCount: 3 });
      expect(transitionConsultation("held", validEvent.close, admin, deliberation)).toMatchObject({ ok: false, refusals: [{ message: "还有 3 条意见建议未销号，全部办结后才能办结本次协商" }] });
    });

    it("cancels only with a reason", () => {
      expect(transitionConsultation("scheduled", { type: "cancel", reason: "" }, admin, facts())).toMatchObject({ ok: false, refusals: [{ message: "请说明取消原因（至少 2 个字）" }] });
    });
  });

  it("offers the buttons the actor may press", () => {
    expect(availableConsultationSteps(actors.admin!, { ...facts(), state: "scheduled" }).map((s) => s.type)).toEqual(["postpone", "hold", "cancel"]);
    expect(availableConsultationSteps(actors.member!, { ...facts(), state: "scheduled" }).map((s) => s.type)).toEqual([]);
    expect(availableConsultationSteps(actors.liaisonOfT1!, { ...facts(), state: "scheduled" }).map((s) => s.type)).toEqual([]);
    expect(availableConsultationSteps(actors.admin!, { ...facts(), state: "closed" }).map((s) => s.type)).toEqual([]);
  });

  it("counts a consultation as having taken place from held on", () => {
    expect(consultationStates.filter((s) => hasTakenPlace(s))).toEqual(["held", "outcomeSubmitted", "feedbackReceived", "closed"]);
    expect(hasTakenPlace("cancelled", "2024-05-20")).toBe(true);
  });

  describe("properties", () => {
    const eventArb: fc.Arbitrary<ConsultationEvent> = fc.oneof(
      fc.constant<ConsultationEvent>({ type: "plan" }),
      fc.constantFrom("2024-05-19", today, tomorrow).map((date): ConsultationEvent => ({ type: "schedule", date })),
      fc.record({ date: fc.constantFrom(null, today, tomorrow, "2024-06-30"), reason: fc.constantFrom("", "冲突") }).map((e): ConsultationEvent => ({ type: "postpone", ...e })),
      fc.constant<ConsultationEvent>({ type: "hold" }),
      fc.constantFrom("recommendation", "topicalReport", "consultationReport" as const).map(
        (kind): ConsultationEvent => ({ type: "submitOutcome", outcome: { kind, title: "协商成果文件" } }),
      ),
      fc.constantFrom("adopted", "partlyAdopted", "noted" as const).map((adoption): ConsultationEvent => ({ type: "recordFeedback", adoption, feedback: "已阅", followUpDate: null })),
      fc.constant<ConsultationEvent>({ type: "close" }),
      fc.constantFrom("", "撤销").map((reason): ConsultationEvent => ({ type: "cancel", reason })),
    );
    type Step = { event: ConsultationEvent; actor: Actor; attendanceCount: number; openSuggestionCount: number; draftOk: boolean };
    const stepArb: fc.Arbitrary<Step> = fc.record({
      event: eventArb,
      actor: fc.constantFrom(...Object.values(actors)),
      attendanceCount: fc.nat(45),
      openSuggestionCount: fc.nat(2),
      draftOk: fc.boolean(),
    });

    const run = (formatCase: (typeof cases)[number], steps: Step[]) => {
      let state: ConsultationState = "draft";
      const trace: { from: ConsultationState; result: Result<ConsultationState>; s: Step }[] = [];
      for (const s of steps) {
        const f = facts({
          formatCode: formatCase.formatCode,
          townshipId: formatCase.townshipId,
          attendanceCount: s.attendanceCount,
          openSuggestionCount: s.openSuggestionCount,
          draftViolations: s.draftOk ? [] : [{ message: "不完整" }],
        });
        const result = transitionConsultation(state, s.event, s.actor, f);
        trace.push({ from: state, result, s });
        if (result.ok) state = result.state;
      }
      return trace;
    };

    it("never leaves a final state, and moves only along the written edges", () => {
      fc.assert(
        fc.property(fc.constantFrom(...cases), fc.array(stepArb, { maxLength: 40 }), (formatCase, steps) => {
          for (const { from, result, s } of run(formatCase, steps)) {
            if ((finalConsultationStates as readonly string[]).includes(from)) expect(result.ok).toBe(false);
            if (result.ok) {
              const table = formatCase.table[s.event.type];
              const to = s.event.type === "postpone" && s.event.date == null ? "planned" : table[from];
              expect(result.state).toBe(to);
              expect(consultationStates).toContain(result.state);
            }
          }
        }),
      );
    });

    it("never reaches held without attendance, nor leaves draft with an incomplete draft", () => {
      fc.assert(
        fc.property(fc.constantFrom(...cases), fc.array(stepArb, { maxLength: 40 }), (formatCase, steps) => {
          for (const { from, result, s } of run(formatCase, steps)) {
            if (result.ok && result.state === "held" && from !== "held") expect(s.attendanceCount).toBeGreaterThan(0);
            if (result.ok && from === "draft" && result.state === "planned") expect(s.draftOk).toBe(true);
          }
        }),
      );
    });
  });
});
