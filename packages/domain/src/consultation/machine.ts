import type { Action, Actor, Target } from "../auth/policy";
import { roleLabels, type Role } from "../auth/role";
import type { Violation } from "../errors";
import { authorise } from "./access";
import { done, forbidden, violated, type Result } from "./result";

/**
 * A small state-machine kernel shared by the consultation lifecycle, invitations, suggestions and
 * residents' topics. Each machine is a table of data, so the apps can list the steps open to a
 * user and the tests can walk every state × event × role.
 */
export type TransitionRule<S extends string, E, F> = {
  /** The step as a verb phrase, used in every message: "安排会议日期". */
  label: string;
  from: readonly S[];
  to: S | ((event: E, facts: F) => S);
  /** The policy action behind the step; the role must also hold it at a scope covering the record. */
  action: Action;
  roles: readonly Role[];
  /** A re-sent request that is already in effect: answered as success, marked unchanged. */
  repeatIn?: (state: S, event: E, facts: F) => boolean;
  /** Preconditions; every problem is reported, not just the first. */
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
): Result<S> {
  const rule = ruleOf(m, event.type);
  if (!rule.roles.includes(actor.role)) return forbidden(`${roleLabels[actor.role]}无权${rule.label}`);
  const refusal = authorise(actor, rule.action, m.target(facts), rule.label);
  if (refusal) return refusal;
  if (rule.repeatIn?.(state, event, facts)) return done(state, false);
  if (m.final.includes(state)) return violated(`该${m.subject}${m.stateLabels[state]}，不能再${rule.label}`);
  if (!rule.from.includes(state)) {
    return violated(`${m.subject}当前为「${m.stateLabels[state]}」，不能${rule.label}`);
  }
  const problems = rule.check?.(event, facts, state) ?? [];
  if (problems.length > 0) return violated(problems);
  return done(typeof rule.to === "function" ? rule.to(event, facts) : rule.to);
}

/** The steps an actor could take from a state (before the step's own inputs are known): the buttons to show. */
export function openEvents<S extends string, E extends MachineEvent, F>(
  m: Machine<S, E, F>,
  state: S,
  actor: Actor,
  facts: F,
): E["type"][] {
  if (m.final.includes(state)) return [];
  return (Object.keys(m.rules) as E["type"][]).filter((type) => {
    const rule = ruleOf(m, type);
    return rule.from.includes(state) && rule.roles.includes(actor.role) && !authorise(actor, rule.action, m.target(facts), "");
  });
}
