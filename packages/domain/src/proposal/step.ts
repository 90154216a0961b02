import type { Role } from "../auth/role";
import { moved, refusal, refused, type RefusalKind, type WorkflowResult } from "../workflow/result";
import type { CalendarDate } from "../calendar";
import type { ProposalDutyEvent } from "./dutyEvents";
import type { ProposalEvent, ProposalEventType } from "./events";
import type { ProposalDraftInput } from "./proposal";
import type { ProposalRules } from "./ruleSet";
import type { ProposalState } from "./state";

/** Who takes a transition, as far as the state machine cares (a subset of the policy's Actor). */
export type ProposalActor = { role: Role; memberId?: string | null; handlingUnitId?: string | null };

/** What the caller knows that the workflow state does not: the time and the proposal itself. */
export type ProposalFacts = { now: Date; proposal: ProposalDraftInput };

/** The shared result (../workflow/result); a step's effects are the duty events it earns members. */
export type ProposalEffects = { dutyEvents: ProposalDutyEvent[] };
export type TransitionResult = WorkflowResult<ProposalState, ProposalEffects>;

/** What each step's rule sees once the state and the role have been checked. */
export type StepContext = {
  state: ProposalState;
  actor: ProposalActor;
  facts: ProposalFacts;
  rules: ProposalRules;
  /** Today in Shanghai: every date a step records is a calendar date. */
  today: CalendarDate;
};

export type StepRule<T extends ProposalEventType> = (ctx: StepContext, event: Extract<ProposalEvent, { type: T }>) => TransitionResult;

export const moveTo = (state: ProposalState, dutyEvents: ProposalDutyEvent[] = []): TransitionResult => moved(state, true, { dutyEvents });
export const refuseStep = (code: string, message: string, kind: RefusalKind = "rule", field?: string): TransitionResult =>
  refused(refusal(code, message, kind, field));
