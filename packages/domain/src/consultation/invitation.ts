import type { Actor } from "../auth/policy";
import type { Violation } from "../errors";
import type { IsoDate } from "./dates";
import type { ConsultationState } from "./lifecycle";
import type { WorkflowResult } from "../workflow/result";
import type { Step } from "../workflow/step";
import { stepsOf, step, type Machine } from "./machine";

/**
 * A member's invitation to one consultation. Leave (请假) is asked for with a reason and granted
 * by the organiser, because an unexcused absence counts against a member's duty record and a
 * granted leave does not. Replies are idempotent: the portal may send one twice.
 */
export const invitationStates = ["invited", "accepted", "leaveRequested", "leaveApproved", "leaveRejected", "withdrawn"] as const;
export type InvitationState = (typeof invitationStates)[number];
export const invitationStateLabels: Record<InvitationState, string> = {
  invited: "待回复",
  accepted: "已报名",
  leaveRequested: "请假待批",
  leaveApproved: "已准假",
  leaveRejected: "请假未准",
  withdrawn: "已撤回",
};

export type InvitationEvent =
  | { type: "accept" }
  | { type: "requestLeave"; reason: string }
  | { type: "approveLeave" }
  | { type: "rejectLeave"; reason: string }
  | { type: "withdraw" };
export type InvitationEventType = InvitationEvent["type"];
export const invitationEventTypes = ["accept", "requestLeave", "approveLeave", "rejectLeave", "withdraw"] as const satisfies readonly InvitationEventType[];

export type InvitationFacts = {
  councilId: string;
  /** The consultation's township; null for a city consultation. */
  townshipId: string | null;
  /** The invited member. */
  memberId: string;
  consultationState: ConsultationState;
  replyDeadline: IsoDate | null;
  today: IsoDate;
  /** The member has checked in or been marked present at this meeting. */
  checkedIn: boolean;
};

/** Replies make sense while the list is open, until the meeting; afterwards attendance is what counts. */
const openForReplies = (f: InvitationFacts): Violation[] =>
  invitationListOpen(f.consultationState) ? [] : [{ message: "本次协商已召开、已取消或尚未发出，不能再回复邀请" }];

const leaveDecidable = (f: InvitationFacts): Violation[] =>
  ["planned", "scheduled", "held"].includes(f.consultationState) ? [] : [{ message: "本次协商已结束或已取消，不能再审批请假" }];

const reasonProblem = (reason: string, what: string): Violation[] =>
  reason.trim().length < 2 ? [{ path: "reason", message: `请填写${what}（至少 2 个字）` }] : [];

const reply = { action: "invitation.reply", roles: ["member", "admin", "liaison"] } as const;
const manage = { action: "invitation.manage", roles: ["admin", "liaison"] } as const;

export const invitationMachine: Machine<InvitationState, InvitationEvent, InvitationFacts> = {
  subject: "邀请",
  states: invitationStates,
  stateLabels: invitationStateLabels,
  final: ["withdrawn"],
  target: (f) => ({ councilId: f.councilId, townshipId: f.townshipId, memberId: f.memberId }),
  rules: {
    accept: {
      label: "报名参加", kind: "primary",
      from: ["invited", "leaveRequested", "leaveRejected"],
      to: "accepted",
      ...reply,
      repeatIn: (s) => s === "accepted",
      open: (f, state) => [
        ...openForReplies(f),
        // The deadline closes new sign-ups; a member whose leave was refused is still expected.
        ...(state === "invited" && f.replyDeadline != null && f.today > f.replyDeadline
          ? [{ message: `报名已于 ${f.replyDeadline} 截止，如需参加请联系会务人员` }]
          : []),
      ],
    },
    requestLeave: {
      label: "请假",
      from: ["invited", "accepted", "leaveRejected"],
      to: "leaveRequested",
      ...reply,
      repeatIn: (s) => s === "leaveRequested" || s === "leaveApproved",
      open: (f) => [
        ...openForReplies(f),
        // A member present cannot also be excused: the duty record would count both.
        ...(f.checkedIn ? [{ message: "您已签到出席本次协商，不能再请假" }] : []),
      ],
      check: (e) => reasonProblem(e.reason, "请假事由"),
    },
    approveLeave: {
      label: "准假", kind: "primary",
      from: ["leaveRequested"],
      to: "leaveApproved",
      ...manage,
      repeatIn: (s) => s === "leaveApproved",
      // A leave asked for on the day may be granted just after the meeting, unless the member came after all.
      open: (f) => [
        ...leaveDecidable(f),
        ...(f.checkedIn ? [{ message: "该委员已签到出席，不能准假；如签到有误，请先在出席名单中取消" }] : []),
      ],
    },
    rejectLeave: {
      label: "不准假", kind: "danger",
      from: ["leaveRequested"],
      to: "leaveRejected",
      ...manage,
      repeatIn: (s) => s === "leaveRejected",
      open: leaveDecidable,
      check: (e) => reasonProblem(e.reason, "不准假的理由"),
    },
    withdraw: {
      label: "撤回邀请", kind: "danger",
      from: ["invited", "accepted", "leaveRequested", "leaveApproved", "leaveRejected"],
      to: "withdrawn",
      ...manage,
      repeatIn: (s) => s === "withdrawn",
      // After the meeting the list of who was invited is part of the record.
      open: (f) => (invitationListOpen(f.consultationState) ? [] : [{ message: "协商已召开或已结束，邀请名单不能再改动" }]),
    },
  },
};

export function transitionInvitation(state: InvitationState, event: InvitationEvent, actor: Actor, facts: InvitationFacts): WorkflowResult<InvitationState> {
  return step(invitationMachine, state, event, actor, facts);
}

/** The steps this actor may take on this invitation now: the buttons to show. */
export function availableInvitationSteps(actor: Actor, invitation: InvitationFacts & { state: InvitationState }): Step<InvitationEventType>[] {
  return stepsOf(invitationMachine, invitation.state, actor, invitation);
}

/**
 * Invitations go out once the consultation is in the plan: a draft can still change format,
 * township or date, and a member must not see a meeting that may never be. Afterwards (held,
 * closed, cancelled) the list is part of the record; a member who came uninvited is added by the
 * attendance registration instead (walkInInvitation).
 */
export function invitationListProblem(state: ConsultationState): string | null {
  if (state === "draft") return "协商尚在草稿阶段，请先列入计划或安排日期再邀请委员";
  if (!invitationListOpen(state)) return "协商已召开或已结束，邀请名单不能再改动；到会的委员请在出席登记中添加";
  return null;
}

/** The one answer to "may the invitation list change, and may members reply": planned or scheduled. */
export function invitationListOpen(state: ConsultationState): boolean {
  return state === "planned" || state === "scheduled";
}

/** Who has said they will come: what a quorum check can count on before the meeting. */
export function expectedAttendance(states: readonly InvitationState[]): number {
  return states.filter((s) => s === "accepted").length;
}

/** A reply summary for the organiser's list: how many in each state. */
export function invitationCounts(states: readonly InvitationState[]): Record<InvitationState, number> {
  const counts = Object.fromEntries(invitationStates.map((s) => [s, 0])) as Record<InvitationState, number>;
  for (const s of states) counts[s]++;
  return counts;
}
