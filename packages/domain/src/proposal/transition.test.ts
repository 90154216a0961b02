import { describe, expect, it } from "vitest";
import { roles, type Role } from "../auth/role";
import { zhejiangCityPreset } from "../ruleSet/presets";
import { proposalEventTypes, type ProposalEventType } from "./events";
import { proposalStatuses, type ProposalStatus } from "./status";
import { actorFor, factsAt, nowFor, stateFor, validEvent } from "./testFixtures";
import { availableProposalSteps, transition } from "./transition";
import { jointProposal } from "./testFixtures";

/**
 * The specification, written out apart from the implementation's table: for each step, the
 * states it starts from, the roles that may take it and the state it leads to.
 */
const spec: Record<ProposalEventType, { from: ProposalStatus[]; roles: Role[]; to: (from: ProposalStatus) => ProposalStatus }> = {
  submit: { from: ["draft"], roles: ["member", "admin"], to: () => "submitted" },
  withdraw: { from: ["submitted", "underReview", "returned"], roles: ["member", "admin"], to: () => "withdrawn" },
  startReview: { from: ["submitted"], roles: ["admin"], to: () => "underReview" },
  returnForRevision: { from: ["underReview"], roles: ["admin"], to: () => "returned" },
  resubmit: { from: ["returned"], roles: ["member", "admin"], to: () => "submitted" },
  file: { from: ["underReview"], roles: ["admin"], to: () => "filed" },
  notFile: { from: ["underReview"], roles: ["admin"], to: () => "notFiled" },
  merge: { from: ["filed"], roles: ["admin"], to: (s) => s },
  markKey: { from: ["filed", "assignmentReturned", "assigned"], roles: ["admin"], to: (s) => s },
  assign: { from: ["filed", "assignmentReturned"], roles: ["admin"], to: () => "assigned" },
  reassign: { from: ["assigned"], roles: ["admin"], to: () => "assigned" },
  returnAssignment: { from: ["assigned"], roles: ["handler", "admin"], to: () => "assignmentReturned" },
  sendCoOpinion: { from: ["assigned"], roles: ["handler", "admin"], to: (s) => s },
  reply: { from: ["assigned", "rehandling"], roles: ["handler", "admin"], to: () => "replied" },
  // The fixture's rating is satisfied, so no re-handling here; that path has its own tests.
  evaluate: { from: ["replied"], roles: ["member", "admin"], to: () => "evaluated" },
  close: { from: ["replied", "evaluated"], roles: ["admin"], to: () => "closed" },
};

describe("proposal transitions: every state × step × role", () => {
  it("covers every step of the implementation", () => {
    expect(Object.keys(spec).sort()).toEqual([...proposalEventTypes].sort());
  });

  for (const status of proposalStatuses) {
    for (const type of proposalEventTypes) {
      for (const role of roles) {
        const { from, roles: allowed, to } = spec[type];
        const expectation = !allowed.includes(role) ? "refused: wrong role" : !from.includes(status) ? "refused: wrong state" : `→ ${to(status)}`;
        it(`${status} · ${type} · ${role}: ${expectation}`, () => {
          const r = transition(stateFor(status, type), validEvent(type, role), actorFor(role, type), factsAt(nowFor(type)), zhejiangCityPreset);
          if (!allowed.includes(role)) {
            expect(r.ok).toBe(false);
            expect(!r.ok && r.refusals[0]).toMatchObject({ kind: "forbidden", message: expect.stringMatching(/^只有/) });
          } else if (!from.includes(status)) {
            expect(r.ok).toBe(false);
            expect(!r.ok && r.refusals[0]).toMatchObject({ kind: "rule", message: expect.stringMatching(/^提案/) });
          } else {
            expect(r).toMatchObject({ ok: true, state: { status: to(status) } });
          }
        });
      }
    }
  }

  it("lists the buttons a role sees exactly as the spec allows", () => {
    for (const status of proposalStatuses) {
      for (const role of roles) {
        const expected = proposalEventTypes.filter((t) => spec[t].from.includes(status) && spec[t].roles.includes(role));
        const offered = availableProposalSteps(actorFor(role, "reply"), { state: stateFor(status, "reply"), proposer: jointProposal.proposer });
        // A co-unit's step is not the replying unit's, and markKey/merge drop out once used; the rest follow the spec.
        const unitOnly = role === "handler" ? expected.filter((t) => t !== "sendCoOpinion") : expected;
        expect(offered.map((s) => s.type)).toEqual(unitOnly);
      }
    }
  });

  it("says why in words a person can act on", () => {
    const r1 = transition(stateFor("filed", "submit"), validEvent("submit", "member"), actorFor("member", "submit"), factsAt(nowFor("submit")), zhejiangCityPreset);
    expect(r1).toEqual({ ok: false, refusals: [{ code: "state", kind: "rule", message: "提案当前为「已立案」，不能提交（仅「草稿」时可以提交）" }] });
    const r2 = transition(stateFor("closed", "reply"), validEvent("reply", "handler"), actorFor("handler", "reply"), factsAt(nowFor("reply")), zhejiangCityPreset);
    expect(r2).toEqual({ ok: false, refusals: [{ code: "final", kind: "rule", message: "提案已办结，不能再答复" }] });
    const r3 = transition(stateFor("assigned", "reply"), validEvent("reply", "member"), actorFor("member", "reply"), factsAt(nowFor("reply")), zhejiangCityPreset);
    expect(r3).toEqual({ ok: false, refusals: [{ code: "role", kind: "forbidden", message: "只有承办单位或市政协办公室可以答复" }] });
  });
});
