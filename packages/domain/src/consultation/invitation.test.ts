import { describe, expect, it } from "vitest";
import { policy, type Actor } from "../auth/policy";
import { consultationStates as consultationStatesForList } from "./lifecycle";
import {
  expectedAttendance,
  invitationCounts,
  invitationEventTypes,
  invitationListOpen,
  invitationMachine,
  invitationStates,
  availableInvitationSteps,
  transitionInvitation,
  type InvitationEvent,
  type InvitationEventType,
  type InvitationFacts,
  type InvitationState,
} from "./invitation";

const council = "c1";
const facts = (over: Partial<InvitationFacts> = {}): InvitationFacts => ({
  councilId: council,
  townshipId: "t1",
  memberId: "m1",
  consultationState: "scheduled",
  replyDeadline: null,
  today: "2024-05-20",
  checkedIn: false,
  ...over,
});

const validEvent: Record<InvitationEventType, InvitationEvent> = {
  accept: { type: "accept" },
  requestLeave: { type: "requestLeave", reason: "出差在外" },
  approveLeave: { type: "approveLeave" },
  rejectLeave: { type: "rejectLeave", reason: "全体会议原则上不准假" },
  withdraw: { type: "withdraw" },
};

/** By hand: the state reached, or "same" for a harmless repeat. */
const table: Record<InvitationEventType, Partial<Record<InvitationState, InvitationState | "same">>> = {
  accept: { invited: "accepted", leaveRequested: "accepted", leaveRejected: "accepted", accepted: "same" },
  requestLeave: { invited: "leaveRequested", accepted: "leaveRequested", leaveRejected: "leaveRequested", leaveRequested: "same", leaveApproved: "same" },
  approveLeave: { leaveRequested: "leaveApproved", leaveApproved: "same" },
  rejectLeave: { leaveRequested: "leaveRejected", leaveRejected: "same" },
  withdraw: { invited: "withdrawn", accepted: "withdrawn", leaveRequested: "withdrawn", leaveApproved: "withdrawn", leaveRejected: "withdrawn", withdrawn: "same" },
};

const actors: Record<string, Actor> = {
  admin: { role: "admin", councilId: council },
  liaisonOfT1: { role: "liaison", councilId: council, townshipId: "t1" },
  liaisonOfT2: { role: "liaison", councilId: council, townshipId: "t2" },
  handler: { role: "handler", councilId: council, handlingUnitId: "u1" },
  invitee: { role: "member", councilId: council, memberId: "m1" },
  otherMember: { role: "member", councilId: council, memberId: "m2" },
};
const organisers = ["admin", "liaisonOfT1"];
const mayAct: Record<InvitationEventType, string[]> = {
  accept: [...organisers, "invitee"],
  requestLeave: [...organisers, "invitee"],
  approveLeave: organisers,
  rejectLeave: organisers,
  withdraw: organisers,
};

describe("invitation", () => {
  it("walks every state × event × actor", () => {
    for (const state of invitationStates) {
      for (const type of invitationEventTypes) {
        for (const [name, actor] of Object.entries(actors)) {
          const r = transitionInvitation(state, validEvent[type], actor, facts());
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

  it("keeps a liaison out of city consultations' invitations", () => {
    const city = facts({ townshipId: null });
    expect(transitionInvitation("invited", validEvent.accept, actors.liaisonOfT1!, city)).toMatchObject({ ok: false, refusals: [{ kind: "forbidden" }] });
    expect(transitionInvitation("invited", validEvent.accept, actors.invitee!, city).ok).toBe(true);
    expect(transitionInvitation("invited", validEvent.accept, actors.otherMember!, city)).toMatchObject({ ok: false, refusals: [{ message: "委员只能办理本人的事项，无权报名参加" }] });
  });

  it("names roles the policy grants", () => {
    for (const rule of Object.values(invitationMachine.rules)) for (const role of rule.roles) expect(policy[role][rule.action]).toBeDefined();
  });

  it("needs a reason for leave and for refusing it", () => {
    expect(transitionInvitation("invited", { type: "requestLeave", reason: " " }, actors.invitee!, facts())).toMatchObject({ ok: false, refusals: [{ message: "请填写请假事由（至少 2 个字）" }] });
    expect(transitionInvitation("leaveRequested", { type: "rejectLeave", reason: "" }, actors.admin!, facts())).toMatchObject({ ok: false, refusals: [{ message: "请填写不准假的理由（至少 2 个字）" }] });
  });

  it("closes sign-up at the deadline but still lets a member ask for leave", () => {
    const late = facts({ replyDeadline: "2024-05-18" });
    expect(transitionInvitation("invited", validEvent.accept, actors.invitee!, late)).toMatchObject({ ok: false, refusals: [{ message: "报名已于 2024-05-18 截止，如需参加请联系会务人员" }] });
    expect(transitionInvitation("leaveRejected", validEvent.accept, actors.invitee!, late).ok).toBe(true);
    expect(transitionInvitation("invited", validEvent.requestLeave, actors.invitee!, late).ok).toBe(true);
    expect(transitionInvitation("invited", validEvent.accept, actors.invitee!, facts({ replyDeadline: "2024-05-20" })).ok).toBe(true);
  });

  it("takes replies only before the meeting, and keeps the list once it is held", () => {
    for (const consultationState of ["draft", "held", "closed", "cancelled"] as const) {
      expect(transitionInvitation("invited", validEvent.accept, actors.invitee!, facts({ consultationState })).ok).toBe(false);
    }
    expect(transitionInvitation("leaveRequested", validEvent.approveLeave, actors.admin!, facts({ consultationState: "held" })).ok).toBe(true);
    expect(transitionInvitation("accepted", validEvent.withdraw, actors.admin!, facts({ consultationState: "held" }))).toMatchObject({ ok: false, refusals: [{ message: "协商已召开或已结束，邀请名单不能再改动" }] });
  });

  it("refuses leave to a member already checked in, asked or granted", () => {
    const present = facts({ checkedIn: true });
    expect(transitionInvitation("accepted", validEvent.requestLeave, actors.invitee!, present)).toMatchObject({ ok: false, refusals: [{ message: "您已签到出席本次协商，不能再请假" }] });
    expect(transitionInvitation("leaveRequested", validEvent.approveLeave, actors.admin!, present)).toMatchObject({ ok: false, refusals: [{ message: "该委员已签到出席，不能准假；如签到有误，请先在出席名单中取消" }] });
    // refusing the leave of a member who came is still fine
    expect(transitionInvitation("leaveRequested", validEvent.rejectLeave, actors.admin!, present).ok).toBe(true);
  });

  it("offers the member its reply buttons", () => {
    expect(availableInvitationSteps(actors.invitee!, { ...facts(), state: "invited" }).map((s) => s.type)).toEqual(["accept", "requestLeave"]);
    expect(availableInvitationSteps(actors.admin!, { ...facts(), state: "leaveRequested" }).map((s) => s.type)).toEqual(["accept", "approveLeave", "rejectLeave", "withdraw"]);
  });

  it("counts replies", () => {
    const states: InvitationState[] = ["accepted", "accepted", "invited", "leaveApproved"];
    expect(expectedAttendance(states)).toBe(2);
    expect(invitationCounts(states)).toMatchObject({ accepted: 2, invited: 1, leaveApproved: 1, withdrawn: 0 });
  });
});

describe("the invitation list", () => {
  it("is open from planning until the meeting: invitations, withdrawals and replies", () => {
    expect(consultationStatesForList.filter(invitationListOpen)).toEqual(["planned", "scheduled"]);
  });
});
