import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roles, type Role } from "../auth/role";
import { fourCategoryCityPreset, zhejiangCityPreset } from "../ruleSet/presets";
import type { RuleSet } from "../ruleSet/schema";
import { addDays } from "../calendar";
import { maxRehandlings } from "./evaluation";
import { proposalEventTypes, proposalSteps, type ProposalEvent, type ProposalEventType } from "./events";
import { newProposalState, type ProposalState } from "./state";
import { proposalStatuses, terminalStatuses } from "./status";
import { actorFor, at, coUnit, jointProposal, leadUnit, otherUnit, validEvent } from "./testFixtures";

import { transition } from "./transition";

/**
 * Random walks through the machine. Each step picks one of the steps the current state offers
 * (so walks reach deep states), a role (right or wrong), a payload variant and how many days
 * pass, then checks the invariants after every step.
 */
type Move = { pick: number; rightRole: boolean; role: number; variant: number; days: number };

const move = fc.record({
  pick: fc.nat(),
  // Mostly a role the step allows, so walks get somewhere; sometimes any role, to try the refusals.
  rightRole: fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())),
  role: fc.nat(),
  variant: fc.nat({ max: 5 }),
  days: fc.nat({ max: 40 }),
});

function roleOf(type: ProposalEventType, m: Move): Role {
  const pool = m.rightRole ? proposalSteps[type].roles : roles;
  return pool[m.role % pool.length]!;
}

function variantOf(type: ProposalEventType, role: Role, variant: number, rules: RuleSet): ProposalEvent {
  const onBehalf = role === "admin" ? { handlingUnitId: type === "sendCoOpinion" ? coUnit : leadUnit } : {};
  switch (type) {
    case "evaluate": {
      const overall = ["satisfied", "basicallySatisfied", "unsatisfied", "unsatisfied"][variant % 4]!;
      const dimensions = Object.fromEntries(rules.proposal.satisfaction.dimensions.map((d) => [d.code, overall]));
      return { type, evaluation: { overall, dimensions, comment: "未见进展" } };
    }
    case "reply":
      return { type, categoryCode: ["A", "B", "C", "D", "Z"][variant % 5]!, ...onBehalf };
    case "assign":
      return variant % 2 === 0
        ? { type, assignment: { mode: "joint", leadUnitId: leadUnit, coUnitIds: [coUnit] } }
        : { type, assignment: { mode: "split", unitIds: [leadUnit, otherUnit] } };
    default:
      return validEvent(type, role);
  }
}

function walk(rules: RuleSet, moves: Move[], check: (before: ProposalState, after: ProposalState, ok: boolean) => void) {
  let state = newProposalState;
  let day = "2024-01-10";
  for (const m of moves) {
    day = addDays(day, m.days);
    const offered = proposalEventTypes.filter((t) => (proposalSteps[t].from as readonly string[]).includes(state.status));
    // From a terminal state nothing is offered: try any step, which must be refused.
    const pool = offered.length > 0 ? offered : proposalEventTypes;
    const type = pool[m.pick % pool.length]!;
    const role = roleOf(type, m);
    const r = transition(state, variantOf(type, role, m.variant, rules), actorFor(role, type), { now: at(`${day}T10:00:00`), proposal: jointProposal }, rules);
    const next = r.ok ? r.state : state;
    check(state, next, r.ok);
    state = next;
  }
  return state;
}

const presets = [zhejiangCityPreset, fourCategoryCityPreset];

describe("proposal state machine properties", () => {
  for (const rules of presets) {
    describe(rules.name, () => {
      it("re-handles at most once, returns at most rounds − 1 times, keeps its number, never leaves a terminal state", () => {
        fc.assert(
          fc.property(fc.array(move, { maxLength: 80 }), (moves) => {
            walk(rules, moves, (before, after, ok) => {
              expect(after.rehandlings).toBeLessThanOrEqual(maxRehandlings);
              expect(after.returns).toBeLessThanOrEqual(rules.proposal.maxReviewRounds - 1);
              expect(proposalStatuses).toContain(after.status);
              if (before.number !== null) expect(after.number).toBe(before.number);
              if (terminalStatuses.includes(before.status)) {
                expect(ok).toBe(false);
                expect(after).toBe(before);
              }
              // Replied, evaluated and closed proposals always carry a reply of the current round.
              if (["replied", "evaluated", "closed"].includes(after.status)) {
                expect(after.replies.some((r) => r.round === after.rehandlings)).toBe(true);
              }
            });
          }),
          { numRuns: 300 },
        );
      });

      it("visits every state, re-handling and the last review round (so the properties above are not vacuous)", () => {
        const seen = new Set<string>();
        fc.assert(
          fc.property(fc.array(move, { minLength: 80, maxLength: 200 }), (moves) => {
            walk(rules, moves, (_before, after) => {
              seen.add(after.status);
              if (after.rehandlings === maxRehandlings) seen.add("rehandled");
              if (after.returns === rules.proposal.maxReviewRounds - 1) seen.add("lastRound");
            });
          }),
          { numRuns: 3000 },
        );
        expect([...seen].sort()).toEqual([...proposalStatuses, "rehandled", "lastRound"].sort());
        // 3,000 long walks take a second or two alone, many more while other suites share the cores.
      }, 60_000);
    });
  }

  it("refuses every step from closed, for every role and payload", () => {
    const closed = { ...newProposalState, status: "closed" as const };
    fc.assert(
      fc.property(fc.constantFrom(...proposalEventTypes), move, (type, m) => {
        const role = roleOf(type, m);
        const r = transition(closed, variantOf(type, role, m.variant, zhejiangCityPreset), actorFor(role, type), { now: at("2025-01-01T10:00:00"), proposal: jointProposal }, zhejiangCityPreset);
        expect(r.ok).toBe(false);
      }),
    );
  });
});
