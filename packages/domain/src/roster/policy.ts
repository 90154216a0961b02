import type { Grants } from "../auth/scope";

export const rosterActions = ["roster.read", "roster.manage"] as const;
export type RosterAction = (typeof rosterActions)[number];

export const rosterGrants: Grants<RosterAction> = {
  admin: { "roster.read": "council", "roster.manage": "council" },
  liaison: { "roster.read": "township" },
  handler: {},
  member: { "roster.read": "self" },
};
