import type { Role } from "./role";
import { consultationActions, consultationGrants } from "../consultation/policy";
import { dutyActions, dutyGrants } from "../duty/policy";
import { pledgeActions, pledgeGrants } from "../pledge/policy";
import { extensionActions, extensionGrants } from "../extension/policy";
import { figuresActions, figuresGrants } from "../figures/policy";
import { homeActions, homeGrants } from "../home/policy";
import { searchActions, searchGrants } from "../search/policy";
import { proposalActions, proposalGrants } from "../proposal/policy";
import { rosterActions, rosterGrants } from "../roster/policy";
import type { Grants, Scope } from "./scope";

export { scopes, type Scope, type Grants } from "./scope";

/**
 * The permission policy as data: role × action → the widest scope the role holds it at.
 * Each area declares its own actions and grants beside its rules; they are merged here.
 * Every procedure names one action; a test walks every procedure × role through the API.
 */
const foundationActions = ["council.read", "account.read", "account.manage", "auditLog.read"] as const;

const foundationGrants: Grants<(typeof foundationActions)[number]> = {
  admin: { "council.read": "council", "account.read": "council", "account.manage": "council", "auditLog.read": "council" },
  liaison: { "council.read": "council" },
  handler: { "council.read": "council" },
  member: { "council.read": "council" },
};

export const actions = [...foundationActions, ...rosterActions, ...consultationActions, ...proposalActions, ...extensionActions, ...dutyActions, ...pledgeActions, ...figuresActions, ...homeActions, ...searchActions] as const;
export type Action = (typeof actions)[number];

const areas: Grants<string>[] = [foundationGrants, rosterGrants, consultationGrants, proposalGrants, extensionGrants, dutyGrants, pledgeGrants, figuresGrants, homeGrants, searchGrants];

export const policy: Grants<Action> = {
  admin: Object.assign({}, ...areas.map((g) => g.admin)),
  liaison: Object.assign({}, ...areas.map((g) => g.liaison)),
  handler: Object.assign({}, ...areas.map((g) => g.handler)),
  member: Object.assign({}, ...areas.map((g) => g.member)),
};

/** Who is acting, as far as the policy cares. */
export type Actor = {
  role: Role;
  councilId: string;
  townshipId?: string | null;
  handlingUnitId?: string | null;
  memberId?: string | null;
};

/** What is acted on; omitted fields are not checked (a list is narrowed by `scopeOf` instead). */
export type Target = {
  councilId: string;
  townshipId?: string | null;
  handlingUnitId?: string | null;
  memberId?: string | null;
};

export function scopeOf(role: Role, action: Action): Scope | null {
  return policy[role][action] ?? null;
}

/**
 * Without a target: may the role take the action at all? With one: does the actor's scope cover it?
 * A different council is never covered.
 */
export function can(actor: Actor, action: Action, target?: Target): boolean {
  const scope = scopeOf(actor.role, action);
  if (scope === null) return false;
  if (!target) return true;
  if (target.councilId !== actor.councilId) return false;
  switch (scope) {
    case "council":
      return true;
    case "township":
      return actor.townshipId != null && target.townshipId === actor.townshipId;
    case "handlingUnit":
      return actor.handlingUnitId != null && target.handlingUnitId === actor.handlingUnitId;
    case "self":
      return actor.memberId != null && target.memberId === actor.memberId;
  }
}
