import type { Action, Actor, Target } from "../auth/policy";
import { roleLabels, type Role } from "../auth/role";
import type { Violation } from "../errors";
import { moved, refusal, refused, refusalsOf, refusedIf, type WorkflowResult } from "../workflow/result";
import type { Step, StepKind } from "../workflow/step";
import { authorise } from "./access";

/**
 * A small state-machine kernel shared by the consultation lifecycle, invitations, suggestions and
 * residents' topics. Each machine is a table of data, so the apps can list the steps open to a
 * user and the tests can walk every state × event × role.
 */
export type TransitionRule<S extends string, E, F> = {
  /** The step as a verb phrase, used in every message: "安排会议日期". */
  label: string;
  /** How the apps show it; "default" when not given. */
  kind?: StepKind;
  from: readonly S[];
  to: S | ((event: E, facts: F) => S);
  /** The policy action behind the step; the role must also hold it at a scope covering the record. */
  action: Action;
  roles: readonly Role[];
  /** A re-sent request that is already in effect: answered as success, marked unchanged. */
  repeatIn?: (state: S, event: E, facts: F) => boolean;
  /**
   * Preconditions of the record alone (the meeting's state, a deadline passed): a step they refuse
   * is not offered as a button, and is refused with their messages if sent anyway.
   */
  open?: (facts: F, state: S) => Violation[];
  /**
   * What the step's input must satisfy, and preconditions a person should read when they try (a
   * meeting held with nobody present); every problem is reported, not just the first.
   */
  check?: (event: E, facts: F, state: S) => Violation[];
};

export type MachineEvent = { type: string };

export type Machine<S extends string, E extends MachineEvent, F> = {
  /** What the machine is about, for messages: "协商", "意见建议". */
  subject: string;
  states: readonly S[];
  stateLabels: Record<S, string>;
  final: readonly S[];
  rules: { [K in E["type"]]: TransitionRule<S, Extract<E, { type: K }>, F> };
  /** The record as the policy sees it (council, township, unit, member). */
  target: (facts: F) => Target;
};

function ruleOf<S extends string, E extends MachineEvent, F>(m: Machine<S, E, F>, type: E["type"]) {
  return m.rules[type] as unknown as TransitionRule<S, E, F>;
}

/**
 * Order of refusals: who you are first (a member is told they may not, whatever the state), then
 * whether the record is yours, then the state, then the preconditions of the step.
 */
export function step<S extends string, E extends MachineEvent, F>(
  m: Machine<S, E, F>,
  state: S,
  event: E,
  actor: Actor,
  facts: F,
): WorkflowResult<S> {
  const rule = ruleOf(m, event.type);
  const denied = permission(m, rule, actor, facts);
  if (denied) return refused(denied);
  if (rule.repeatIn?.(state, event, facts)) return moved(state, false);
  if (m.final.includes(state)) return refused(refusal("final", `该${m.subject}${m.stateLabels[state]}，不能再${rule.label}`));
  if (!rule.from.includes(state)) {
    return refused(refusal("state", `${m.subject}当前为「${m.stateLabels[state]}」，不能${rule.label}`));
  }
  const problems = refusedIf(refusalsOf(event.type, [...(rule.open?.(facts, state) ?? []), ...(rule.check?.(event, facts, state) ?? [])]));
  if (problems) return problems;
  return moved(typeof rule.to === "function" ? rule.to(event, facts) : rule.to);
}

/** Whether the step is this actor's at all: the same test for taking it and for offering it. */
function permission<S extends string, E extends MachineEvent, F>(m: Machine<S, E, F>, rule: TransitionRule<S, E, F>, actor: Actor, facts: F) {
  if (!rule.roles.includes(actor.role)) return refusal("role", `${roleLabels[actor.role]}无权${rule.label}`, "forbidden");
  return authorise(actor, rule.action, m.target(facts), rule.label);
}

/**
 * The steps an actor may take from a state (before the step's own inputs are known): the buttons
 * to show. A step listed is never refused for who the actor is or for the record's own state; one
 * left out always is refused.
 */
export function stepsOf<S extends string, E extends MachineEvent, F>(m: Machine<S, E, F>, state: S, actor: Actor, facts: F): Step<E["type"]>[] {
  if (m.final.includes(state)) return [];
  return (Object.keys(m.rules) as E["type"][]).flatMap((type) => {
    const rule = ruleOf(m, type);
    if (!rule.from.includes(state) || permission(m, rule, actor, facts) || (rule.open?.(facts, state).length ?? 0) > 0) return [];
    return [{ type, label: rule.label, kind: rule.kind ?? "default" }];
  });
}
