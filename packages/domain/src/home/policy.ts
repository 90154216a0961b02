import type { Grants } from "../auth/scope";

/** Each role's home of today's work is one procedure: the office's, the liaison's, the handling unit's and the member's. */
export const homeActions = ["home.office", "home.liaison", "home.handler", "home.member"] as const;
export type HomeAction = (typeof homeActions)[number];

/** The homes of one's own work, which the office does not hold: it has its own (home.office). */
export const ownWorkActions: readonly HomeAction[] = ["home.liaison", "home.handler", "home.member"];

export const homeGrants: Grants<HomeAction> = {
  admin: { "home.office": "council" },
  liaison: { "home.liaison": "township" },
  handler: { "home.handler": "handlingUnit" },
  member: { "home.member": "self" },
};
