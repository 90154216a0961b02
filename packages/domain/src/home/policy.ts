import type { Grants } from "../auth/scope";

/**
 * Each role's home of today's work is one procedure: the office's, the liaison's and the member's.
 * Handlers keep the cards their app already reads through its own
 * areas' actions, each scoped there.
 */
export const homeActions = ["home.office", "home.liaison", "home.member"] as const;
export type HomeAction = (typeof homeActions)[number];

/** The homes of one's own work, which the office does not hold: it has its own (home.office). */
export const ownWorkActions: readonly HomeAction[] = ["home.liaison", "home.member"];

export const homeGrants: Grants<HomeAction> = {
  admin: { "home.office": "council" },
  liaison: { "home.liaison": "township" },
  handler: {},
  member: { "home.member": "self" },
};
