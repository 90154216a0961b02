import type { Actor } from "../auth/policy";
import type { Violation } from "../errors";
import { answerDeadlineStatus, isAnswerOverdue, type AnswerDeadlineStatus, type UnitAnswerStage } from "../unitAnswer";
import { ratingProblems, type RatingScale } from "../unitAnswer/rating";
import { daysBetween, type IsoDate } from "./dates";
import type { WorkflowResult } from "../workflow/result";
import type { Step } from "../workflow/step";
import { stepsOf, step, type Machine } from "./machine";

/**
 * A suggestion (意见建议) from its recording to its closing (销号): routed to a handling unit with a
 * deadline, answered by that unit, closed with its result by whoever routed it. One that the
 * township settles itself (当场解决) may be closed without routing.
 */
export const suggestionStates = ["recorded", "routed", "answered", "closed"] as const;
export type SuggestionState = (typeof suggestionStates)[number];
export const suggestionStateLabels: Record<SuggestionState, string> = {
  recorded: "待交办",
  routed: "办理中",
  answered: "已答复",
  closed: "已销号",
};

export const suggestionResults = ["implemented", "partlyImplemented", "notImplemented"] as const;
export type SuggestionResult = (typeof suggestionResults)[number];
/** The default words; a council may use its own (rule set: suggestionResultLabels). */
export const suggestionResultLabels: Record<SuggestionResult, string> = {
  implemented: "落实",
  partlyImplemented: "部分落实",
  notImplemented: "未落实",
};

export type SuggestionEvent =
  | { type: "route"; handlingUnitId: string; deadline: IsoDate }
  /** The unit sends it back: not its duty (交办不当). */
  | { type: "decline"; reason: string }
  /** Whoever routed it takes it back, to route it elsewhere. */
  | { type: "recall"; reason: string }
  | { type: "answer"; answer: string }
  | { type: "close"; result: SuggestionResult; reason: string };
export type SuggestionEventType = SuggestionEvent["type"];
export const suggestionEventTypes = ["route", "decline", "recall", "answer", "close"] as const satisfies readonly SuggestionEventType[];

export type SuggestionFacts = {
  councilId: string;
  /** The township of the consultation it came from; null for a city consultation. */
  townshipId: string | null;
  /** The unit it is routed to now, if any. */
  handlingUnitId: string | null;
  today: IsoDate;
};

const reasonProblem = (reason: string, what: string): Violation[] =>
  reason.trim().length < 2 ? [{ path: "reason", message: `请填写${what}（至少 2 个字）` }] : [];

const organiser = { roles: ["admin", "liaison"] } as const;
const unit = { action: "suggestion.answer", roles: ["handler", "admin"] } as const;

export const suggestionMachine: Machine<SuggestionState, SuggestionEvent, SuggestionFacts> = {
  subject: "意见建议",
  states: suggestionStates,
  stateLabels: suggestionStateLabels,
  final: ["closed"],
  target: (f) => ({ councilId: f.councilId, townshipId: f.townshipId, handlingUnitId: f.handlingUnitId }),
  rules: {
    route: {
      label: "交办", kind: "primary",
      from: ["recorded"],
      to: "routed",
      action: "suggestion.route",
      ...organiser,
      // The same routing sent twice is one routing.
      repeatIn: (s, e, f) => s === "routed" && f.handlingUnitId === e.handlingUnitId,
      check: (e, f) => [
        ...(e.handlingUnitId.trim() === "" ? [{ path: "handlingUnitId", message: "请选择承办单位" }] : []),
        ...(e.deadline <= f.today ? [{ path: "deadline", message: "答复期限须晚于今天" }] : []),
      ],
    },
    decline: { label: "退回", kind: "danger", from: ["routed"], to: "recorded", ...unit, check: (e) => reasonProblem(e.reason, "退回理由") },
    recall: {
      label: "撤回交办",
      from: ["routed"],
      to: "recorded",
      action: "suggestion.route",
      ...organiser,
      check: (e) => reasonProblem(e.reason, "撤回理由"),
    },
    answer: {
      label: "答复", kind: "primary",
      from: ["routed"],
      to: "answered",
      ...unit,
      repeatIn: (s) => s === "answered",
      check: (e) => (e.answer.trim().length < 5 ? [{ path: "answer", message: "请填写答复内容（至少 5 个字），写明办理措施和结果" }] : []),
    },
    close: {
      label: "销号", kind: "primary",
      from: ["recorded", "answered"],
      to: "closed",
      action: "suggestion.close",
      ...organiser,
      // Closing rates the unit's work with the shared rating; whoever reads the closed list must see why something was not (fully) done.
      check: (e) =>
        ratingProblems({ overall: e.result, comment: e.reason }, suggestionRatingScale, {
          field: "reason",
          minLength: 2,
          overall: "请选择办理结果：落实、部分落实或未落实",
          message: (level) => `请填写${level.label}的原因（至少 2 个字）`,
        }).map((v) => (v.path === "overall" ? { ...v, path: "result" } : v)),
    },
  },
};

export function transitionSuggestion(state: SuggestionState, event: SuggestionEvent, actor: Actor, facts: SuggestionFacts): WorkflowResult<SuggestionState> {
  return step(suggestionMachine, state, event, actor, facts);
}

/** The steps this actor may take on this suggestion now: the buttons to show. */
export function availableSuggestionSteps(actor: Actor, suggestion: SuggestionFacts & { state: SuggestionState }): Step<SuggestionEventType>[] {
  return stepsOf(suggestionMachine, suggestion.state, actor, suggestion);
}

/** What the open-items list needs of a suggestion. */
export type TrackedSuggestion = { id: string; state: SuggestionState; deadline: IsoDate | null; answeredOn: IsoDate | null };

export const suggestionDeadlineStatuses = ["unrouted", "onTime", "dueSoon", "overdue", "answered", "answeredLate", "closed"] as const;
export type SuggestionDeadlineStatus = (typeof suggestionDeadlineStatuses)[number];
export const suggestionDeadlineStatusLabels: Record<SuggestionDeadlineStatus, string> = {
  unrouted: "待交办",
  onTime: "办理中",
  dueSoon: "临期",
  overdue: "逾期未答复",
  answered: "已答复待销号",
  answeredLate: "逾期答复待销号",
  closed: "已销号",
};

/** Where a suggestion stands in the shared sent → answered → rated part (../unitAnswer). */
export const suggestionStage: Record<SuggestionState, UnitAnswerStage> = { recorded: "notSent", routed: "sent", answered: "answered", closed: "rated" };

/** The result of closing, as the shared rating reads it: only 落实 satisfies; the others need their reason. */
export const suggestionRatingScale: RatingScale = {
  levels: suggestionResults.map((code) => ({ code, label: suggestionResultLabels[code], satisfied: code === "implemented" })),
  dimensions: [],
};

/** Overdue means the unit still owes an answer after its deadline; a late answer is no longer overdue, only late. */
export function isSuggestionOverdue(s: Pick<TrackedSuggestion, "state" | "deadline">, today: IsoDate): boolean {
  return isAnswerOverdue({ stage: suggestionStage[s.state], dueOn: s.deadline }, today);
}

const deadlineWords: Record<AnswerDeadlineStatus, SuggestionDeadlineStatus> = {
  unsent: "unrouted",
  onTime: "onTime",
  dueSoon: "dueSoon",
  overdue: "overdue",
  answered: "answered",
  answeredLate: "answeredLate",
  rated: "closed",
};

export function suggestionDeadlineStatus(s: TrackedSuggestion, today: IsoDate, dueSoonDays: number): SuggestionDeadlineStatus {
  return deadlineWords[answerDeadlineStatus({ stage: suggestionStage[s.state], dueOn: s.deadline, answeredOn: s.answeredOn }, today, dueSoonDays)];
}

const urgency: Record<SuggestionDeadlineStatus, number> = { overdue: 0, dueSoon: 1, unrouted: 2, answeredLate: 3, answered: 4, onTime: 5, closed: 6 };

export type SuggestionOpenItem = { id: string; status: SuggestionDeadlineStatus; deadline: IsoDate | null; daysOverdue: number };

/**
 * The open-items list (销号清单): everything not yet closed, most urgent first — overdue (longest
 * overdue first), due soon, waiting to be routed, answered and waiting to be closed, then the rest.
 */
export function suggestionOpenItems(suggestions: readonly TrackedSuggestion[], today: IsoDate, dueSoonDays: number): SuggestionOpenItem[] {
  return suggestions
    .filter((s) => s.state !== "closed")
    .map((s) => {
      const status = suggestionDeadlineStatus(s, today, dueSoonDays);
      return { id: s.id, status, deadline: s.deadline, daysOverdue: status === "overdue" && s.deadline ? daysBetween(s.deadline, today) : 0 };
    })
    .sort((a, b) => urgency[a.status] - urgency[b.status] || (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.id.localeCompare(b.id));
}
