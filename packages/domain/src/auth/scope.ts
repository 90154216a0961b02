import type { Role } from "./role";

/** council: anything in the council · township: own township · handlingUnit: own unit · self: own member record. */
export const scopes = ["council", "township", "handlingUnit", "self"] as const;
export type Scope = (typeof scopes)[number];

/** One area's share of the policy: for each role, the actions it holds and the widest scope. */
export type Grants<A extends string> = Record<Role, Partial<Record<A, Scope>>>;
