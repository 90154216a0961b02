import type { Actor } from "../auth/policy";
import type { Violation } from "../errors";
import type { IsoDate } from "./dates";
import type { ConsultationState } from "./lifecycle";
import { openEvents, step, type Machine } from "./machine";
import type { Result } from "./result";

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

/** Replies make sense until the meeting; afterwards attendance is what counts. */
const beforeMeeting: readonly ConsultationState[] = ["planned", "scheduled"];
const openForReplies = (f: InvitationFacts): Violation[] =>
  beforeMeeting.includes(f.consultationState) ? [] : [{ message: "本次协商已召开、已取消或尚未发出，不能再回复邀请" }];

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
      label: "报名参加",
      from: ["invited", "leaveRequested", "leaveRejected"],
      to: "accepted",
      ...reply,
      repeatIn: (s) => s === "accepted",
      check: (_e, f, state) => [
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
      check: (e, f) => [
        ...reasonProblem(e.reason, "请假事由"),
        ...openForReplies(f),
        // A member present cannot also be excused: the duty record would count both.
        ...(f.checkedIn ? [{ message: "您已签到出席本次协商，不能再请假" }] : []),
      ],
    },
    approveLeave: {
      label: "准假",
      from: ["leaveRequested"],
      to: "leaveApproved",
      ...manage,
      repeatIn: (s) => s === "leaveApproved",
      // A leave asked for on the day may be granted just after the meeting, unless the member came after all.
      check: (_e, f) => [
        ...(["planned", "scheduled", "held"].includes(f.consultationState) ? [] : [{ message: "本次协商已结束或已取消，不能再审批请假" }]),
        ...(f.checkedIn ? [{ message: "该委员已签到出席，不能准假；如签到有误，请先在出席名单中取消" }] : []),
      ],
    },
    rejectLeave: {
      label: "不准假",
      from: ["leaveRequested"],
      to: "leaveRejected",
      ...manage,
      repeatIn: (s) => s === "leaveRejected",
      check: (e, f) => [
        ...reasonProblem(e.reason, "不准假的理由"),
        ...(["planned", "scheduled", "held"].includes(f.consultationState) ? [] : [{ message: "本次协商已结束或已取消，不能再审批请假" }]),
      ],
    },
    withdraw: {
      label: "撤回邀请",
      from: ["invited", "accepted", "leaveRequested", "leaveApproved", "leaveRejected"],
      to: "withdrawn",
      ...manage,
      repeatIn: (s) => s === "withdrawn",
      // After the meeting the list of who was invited is part of the record.
      check: (_e, f) =>
        ["draft", "planned", "scheduled"].includes(f.consultationState) ? [] : [{ message: "协商已召开或已结束，邀请名单不能再改动" }],
    },
  },
};

export function transitionInvitation(state: InvitationState, event: InvitationEvent, actor: Actor, facts: InvitationFacts): Result<InvitationState> {
  return step(invitationMachine, state, event, actor, facts);
}

export function openInvitationEvents(state: InvitationState, actor: Actor, facts: InvitationFacts): InvitationEventType[] {
  return openEvents(invitationMachine, state, actor, facts);
}

/**
 * Invitations go out once the consultation is in the plan: a draft can still change format,
 * township or date, and a member must not see a meeting that may never be. Afterwards (held,
 * closed, cancelled) the list is part of the record; a member who came uninvited is added by the
 * attendance registration instead (walkInInvitation).
 */
export function invitationListProblem(state: ConsultationState): string | null {
  if (state === "draft") return "协商尚在草稿阶段，请先列入计划或安排日期再邀请委员";
  if (state !== "planned" && state !== "scheduled") return "协商已召开或已结束，邀请名单不能再改动；到会的委员请在出席登记中添加";
  return null;
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
