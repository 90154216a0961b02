import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/policy";
import { roles } from "../auth/role";
import { zhejiangCityPreset } from "../ruleSet/presets";
import { consultationStates } from "../consultation/lifecycle";
import { invitationMachine, invitationStates, transitionInvitation, type InvitationEvent, type InvitationEventType } from "../consultation/invitation";
import { suggestionMachine, suggestionStates, transitionSuggestion, type SuggestionEvent, type SuggestionEventType } from "../consultation/suggestion";
import { proposalEventTypes } from "../proposal/events";
import { proposalStatuses } from "../proposal/status";
import { coUnit, factsAt, jointProposal, leadMember, leadUnit, nowFor, otherMember, otherUnit, stateFor, validEvent } from "../proposal/testFixtures";
import { availableProposalSteps, transition, type ProposalActor } from "../proposal/transition";
import { availableInvitationSteps, availableSuggestionSteps } from "./steps";

/**
 * The promise the apps rely on: a step offered is never refused for who the actor is, and a step
 * not offered is refused (or, for a re-sent reply, is a harmless repeat that changes nothing).
 */

const council = "c1";
const actors: Record<string, Actor> = {
  admin: { role: "admin", councilId: council },
  liaisonOfT1: { role: "liaison", councilId: council, townshipId: "t1" },
  liaisonOfT2: { role: "liaison", councilId: council, townshipId: "t2" },
  handlerOfU1: { role: "handler", councilId: council, handlingUnitId: "u1" },
  handlerOfU2: { role: "handler", councilId: council, handlingUnitId: "u2" },
  invitee: { role: "member", councilId: council, memberId: "m1" },
  otherMember: { role: "member", councilId: council, memberId: "m2" },
  otherCouncil: { role: "admin", councilId: "c2" },
};

describe("steps offered match what the machines allow", () => {
  it("invitations", () => {
    const events: Record<InvitationEventType, InvitationEvent> = {
      accept: { type: "accept" },
      requestLeave: { type: "requestLeave", reason: "出差在外" },
      approveLeave: { type: "approveLeave" },
      rejectLeave: { type: "rejectLeave", reason: "全体会议原则上不准假" },
      withdraw: { type: "withdraw" },
    };
    const base = { councilId: council, townshipId: "t1", memberId: "m1", today: "2024-05-20" };
    // The meeting's state, a check-in and a passed reply deadline close steps too: a button offered
    // on a held or closed meeting would only be refused when pressed.
    const situations = consultationStates.flatMap((consultationState) =>
      [false, true].flatMap((checkedIn) => [null, "2024-05-19"].map((replyDeadline) => ({ ...base, consultationState, checkedIn, replyDeadline }))),
    );
    for (const facts of situations) {
      for (const state of invitationStates) {
        for (const [name, actor] of Object.entries(actors)) {
          const offered = availableInvitationSteps(actor, { ...facts, state }).map((s) => s.type);
          for (const type of Object.keys(invitationMachine.rules) as InvitationEventType[]) {
            const r = transitionInvitation(state, events[type], actor, facts);
            const where = `${facts.consultationState}${facts.checkedIn ? " · 已签到" : ""}${facts.replyDeadline ? " · 已截止" : ""} · ${state} · ${type} · ${name}`;
            if (offered.includes(type)) expect(r.ok, where).toBe(true);
            else expect(!r.ok || !r.changed, where).toBe(true);
          }
        }
      }
    }
  });

  it("suggestions", () => {
    const events: Record<SuggestionEventType, SuggestionEvent> = {
      route: { type: "route", handlingUnitId: "u1", deadline: "2024-06-30" },
      decline: { type: "decline", reason: "不属本单位职责" },
      recall: { type: "recall", reason: "改交住建局" },
      answer: { type: "answer", answer: "已安排维修，月底完成" },
      close: { type: "close", result: "implemented", reason: "" },
    };
    const facts = { councilId: council, townshipId: "t1", handlingUnitId: "u1", today: "2024-05-20" };
    for (const state of suggestionStates) {
      for (const [name, actor] of Object.entries(actors)) {
        const offered = availableSuggestionSteps(actor, { ...facts, state }).map((s) => s.type);
        for (const type of Object.keys(suggestionMachine.rules) as SuggestionEventType[]) {
          const r = transitionSuggestion(state, events[type], actor, facts);
          const where = `${state} · ${type} · ${name}`;
          if (offered.includes(type)) expect(r.ok || r.refusals[0].kind !== "forbidden", where).toBe(true);
          else expect(!r.ok || !r.changed, where).toBe(true);
        }
      }
    }
  });

  it("proposals, for the first proposer, a co-signer, each unit's part and every role", () => {
    const proposalActors: Record<string, ProposalActor> = {
      lead: { role: "member", memberId: leadMember },
      other: { role: "member", memberId: otherMember },
      leadUnit: { role: "handler", handlingUnitId: leadUnit },
      coUnit: { role: "handler", handlingUnitId: coUnit },
      otherUnit: { role: "handler", handlingUnitId: otherUnit },
      noUnit: { role: "handler", handlingUnitId: null },
      admin: { role: "admin" },
      liaison: { role: "liaison" },
    };
    let offeredCount = 0;
    for (const status of proposalStatuses) {
      for (const type of proposalEventTypes) {
        const state = stateFor(status, type);
        for (const [name, actor] of Object.entries(proposalActors)) {
          const offered = availableProposalSteps(actor, { state, proposer: jointProposal.proposer }).some((s) => s.type === type);
          const r = transition(state, validEvent(type, actor.role), actor, factsAt(nowFor(type)), zhejiangCityPreset);
          const where = `${status} · ${type} · ${name}`;
          if (offered) {
            offeredCount++;
            expect(r.ok || r.refusals[0].kind !== "forbidden", where).toBe(true);
          } else expect(r.ok, where).toBe(false);
        }
      }
    }
    // Not vacuous: every role that takes proposal steps is offered some.
    expect(offeredCount).toBeGreaterThan(30);
    expect(roles).toContain("liaison");
  });

  it("labels each step in Chinese with how to show it", () => {
    const [first] = availableProposalSteps({ role: "member", memberId: leadMember }, { state: stateFor("draft", "submit"), proposer: jointProposal.proposer });
    expect(first).toEqual({ type: "submit", label: "提交", kind: "primary" });
    expect(availableInvitationSteps(actors.admin!, { councilId: council, townshipId: "t1", memberId: "m1", consultationState: "scheduled", replyDeadline: null, today: "2024-05-20", checkedIn: false, state: "leaveRequested" })).toContainEqual({
      type: "rejectLeave",
      label: "不准假",
      kind: "danger",
    });
  });
});
