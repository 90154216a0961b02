import type { Actor } from "../auth/policy";
import type { Violation } from "../errors";
import type { IsoDate } from "./dates";
import { consultationFormats, type ConsultationFormatCode } from "./formats";
import type { WorkflowResult } from "../workflow/result";
import type { Step } from "../workflow/step";
import { step, stepsOf, type Machine } from "./machine";
import { adoptionResults, outcomeKindLabels, type AdoptionResult, type OutcomeKind } from "./outcome";
import { meetsQuorum, quorumBodyLabels, quorumOf } from "./quorum";

/**
 * A consultation from draft to closing (协商 → 成果 → 采纳 → 反馈 → 办结).
 *
 * Formats that expect no written outcome (民生议事堂, 微协商, 面对面, a venue's activity, the
 * plenary) go held → closed. Their output is the suggestions, each routed, answered and closed on
 * its own; "feedbackReceived" means decision makers answered a document, and there is none to
 * answer. So such a consultation closes when every suggestion from it is closed (销号), which is
 * what the township open-items list tracks.
 */
export const consultationStates = [
  "draft",
  "planned",
  "scheduled",
  "held",
  "outcomeSubmitted",
  "feedbackReceived",
  "closed",
  "cancelled",
] as const;
export type ConsultationState = (typeof consultationStates)[number];

export const consultationStateLabels: Record<ConsultationState, string> = {
  draft: "草稿",
  planned: "已列入计划",
  scheduled: "已排期",
  held: "已召开",
  outcomeSubmitted: "成果已报送",
  feedbackReceived: "已反馈",
  closed: "已办结",
  cancelled: "已取消",
};

export const finalConsultationStates = ["closed", "cancelled"] as const satisfies readonly ConsultationState[];

export type ConsultationEvent =
  | { type: "plan" }
  | { type: "schedule"; date: IsoDate }
  /** A new date puts it back to scheduled; no date yet puts it back to planned. */
  | { type: "postpone"; date: IsoDate | null; reason: string }
  | { type: "hold" }
  | { type: "submitOutcome"; outcome: { kind: OutcomeKind; title: string } }
  | { type: "recordFeedback"; adoption: AdoptionResult; feedback: string; followUpDate: IsoDate | null }
  | { type: "close" }
  | { type: "cancel"; reason: string };
export type ConsultationEventType = ConsultationEvent["type"];
export const consultationEventTypes = [
  "plan",
  "schedule",
  "postpone",
  "hold",
  "submitOutcome",
  "recordFeedback",
  "close",
  "cancel",
] as const satisfies readonly ConsultationEventType[];

/** What the service read from the database, for the preconditions. */
export type ConsultationFacts = {
  councilId: string;
  /** null for a city consultation: then only the city office may act on it. */
  townshipId: string | null;
  formatCode: ConsultationFormatCode;
  plannedDate: IsoDate | null;
  today: IsoDate;
  /** validateConsultation's answer for the current draft; planning or scheduling needs none. */
  draftViolations: Violation[];
  /** Members checked in or marked present. */
  attendanceCount: number;
  /** For formats with a quorum: how many may attend. */
  eligibleCount: number | null;
  /** Suggestions from this consultation not yet closed (销号). */
  openSuggestionCount: number;
};

const reasonProblem = (reason: string, what: string): Violation[] =>
  reason.trim().length < 2 ? [{ path: "reason", message: `请说明${what}原因（至少 2 个字）` }] : [];

/** The draft's own problems, each at its field, so the form can show where to fix them. */
const draftReady = (f: ConsultationFacts): Violation[] => f.draftViolations;

const manage = { action: "consultation.manage", roles: ["admin", "liaison"] } as const;

export const consultationMachine: Machine<ConsultationState, ConsultationEvent, ConsultationFacts> = {
  subject: "协商",
  states: consultationStates,
  stateLabels: consultationStateLabels,
  final: finalConsultationStates,
  target: (f) => ({ councilId: f.councilId, townshipId: f.townshipId }),
  rules: {
    plan: { label: "列入计划", kind: "primary", from: ["draft"], to: "planned", ...manage, check: (_e, f) => draftReady(f) },
    schedule: {
      label: "安排会议日期", kind: "primary",
      from: ["planned"],
      to: "scheduled",
      ...manage,
      check: (e, f) => [
        ...draftReady(f),
        ...(e.date < f.today ? [{ path: "date", message: `会议日期 ${e.date} 已过，请选择今天或以后的日期` }] : []),
      ],
    },
    postpone: {
      label: "延期",
      from: ["planned", "scheduled"],
      to: (e) => (e.date == null ? "planned" : "scheduled"),
      ...manage,
      check: (e, f) => {
        const problems = reasonProblem(e.reason, "延期");
        if (e.date != null && e.date < f.today) problems.push({ path: "date", message: `新的会议日期 ${e.date} 已过，请选择今天或以后的日期` });
        else if (e.date != null && f.plannedDate != null && e.date <= f.plannedDate) {
          problems.push({ path: "date", message: `延期后的日期须晚于原定的 ${f.plannedDate}` });
        }
        return problems;
      },
    },
    hold: {
      label: "登记为已召开", kind: "primary",
      from: ["scheduled"],
      to: "held",
      ...manage,
      check: (_e, f) => {
        const problems: Violation[] = [];
        if (f.plannedDate != null && f.plannedDate > f.today) problems.push({ message: `会议定于 ${f.plannedDate} 召开，日期未到` });
        if (f.attendanceCount <= 0) problems.push({ path: "attendance", message: "尚无出席记录，请先扫码签到或手工登记出席" });
        const quorum = consultationFormats[f.formatCode].quorum;
        if (quorum && f.attendanceCount > 0) {
          const body = quorumBodyLabels[quorum.of];
          if (f.eligibleCount == null) problems.push({ path: "attendance", message: `须核对应出席${body}人数后才能确认是否达到法定人数` });
          else if (!meetsQuorum(quorum, f.eligibleCount, f.attendanceCount)) {
            problems.push({
              path: "attendance",
              message: `出席 ${f.attendanceCount} 人，未过应出席${body} ${f.eligibleCount} 人的半数（至少 ${quorumOf(quorum, f.eligibleCount)} 人），会议不能有效召开`,
            });
          }
        }
        return problems;
      },
    },
    submitOutcome: {
      label: "报送协商成果", kind: "primary",
      from: ["held"],
      to: "outcomeSubmitted",
      ...manage,
      check: (e, f) => {
        const format = consultationFormats[f.formatCode];
        if (format.expectedOutcome === "none") return [{ message: `「${format.name}」不形成成果文件，意见建议全部办结后即可办结` }];
        const problems: Violation[] = [];
        if (e.outcome.kind !== format.expectedOutcome) {
          problems.push({ path: "outcome.kind", message: `「${format.name}」的成果应为${outcomeKindLabels[format.expectedOutcome]}` });
        }
        if (e.outcome.title.trim().length < 4) problems.push({ path: "outcome.title", message: "请填写成果文件标题（至少 4 个字）" });
        return problems;
      },
    },
    recordFeedback: {
      label: "登记采纳反馈", kind: "primary",
      from: ["outcomeSubmitted"],
      to: "feedbackReceived",
      ...manage,
      check: (e, f) => {
        const problems: Violation[] = [];
        if (!adoptionResults.includes(e.adoption)) problems.push({ path: "adoption", message: "请选择采纳情况：采纳、部分采纳或留作参考" });
        if (e.feedback.trim().length < 2) problems.push({ path: "feedback", message: "请填写党委政府的反馈意见" });
        if (e.followUpDate != null && e.followUpDate < f.today) problems.push({ path: "followUpDate", message: "回头看日期不能早于今天" });
        return problems;
      },
    },
    close: {
      label: "办结", kind: "primary",
      from: ["held", "feedbackReceived"],
      to: "closed",
      ...manage,
      check: (_e, f, state) => {
        const format = consultationFormats[f.formatCode];
        if (state === "held" && format.expectedOutcome !== "none") {
          return [{ message: `「${format.name}」须先报送${outcomeKindLabels[format.expectedOutcome]}并登记采纳反馈，才能办结` }];
        }
        // Unreachable through the machine, but a row edited by hand must not close this way either.
        if (state === "feedbackReceived" && format.expectedOutcome === "none") {
          return [{ message: `「${format.name}」没有成果反馈环节，请在召开后直接办结` }];
        }
        if (state === "held" && f.openSuggestionCount > 0) {
          return [{ message: `还有 ${f.openSuggestionCount} 条意见建议未销号，全部办结后才能办结本次协商` }];
        }
        return [];
      },
    },
    // Cancelling after the meeting ends the follow-up only: attendance already recorded stays in
    // members' duty records, because the meeting did take place.
    cancel: {
      label: "取消", kind: "danger",
      from: ["draft", "planned", "scheduled", "held", "outcomeSubmitted", "feedbackReceived"],
      to: "cancelled",
      ...manage,
      check: (e) => reasonProblem(e.reason, "取消"),
    },
  },
};

/** The next state, or why not (forbidden: not yours to do; ruleViolation: not now, or not like this). */
export function transitionConsultation(
  state: ConsultationState,
  event: ConsultationEvent,
  actor: Actor,
  facts: ConsultationFacts,
): WorkflowResult<ConsultationState> {
  return step(consultationMachine, state, event, actor, facts);
}

/** The steps this actor may take on this consultation now: the buttons to show. */
export function availableConsultationSteps(actor: Actor, consultation: ConsultationFacts & { state: ConsultationState }): Step<ConsultationEventType>[] {
  return stepsOf(consultationMachine, consultation.state, actor, consultation);
}

/**
 * Held or beyond: it took place, so it counts in plans and statistics. A consultation cancelled
 * after its meeting (heldOn set) took place too.
 */
export function hasTakenPlace(state: ConsultationState, heldOn?: IsoDate | null): boolean {
  return ["held", "outcomeSubmitted", "feedbackReceived", "closed"].includes(state) || (state === "cancelled" && heldOn != null);
}
