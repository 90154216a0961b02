import type { Grants } from "../auth/scope";

/**
 * The duty record's share of the policy. A member reads only their own record (履职档案); the office
 * reads any member's of its council, adds what happened off the platform and revokes it, ranks the
 * members and keeps the year's evaluation table. Liaisons and units read none: a score is between a
 * member and the office.
 */
export const dutyActions = ["duty.read", "duty.manage", "duty.rank", "evaluation.manage"] as const;
export type DutyAction = (typeof dutyActions)[number];

export const dutyGrants: Grants<DutyAction> = {
  admin: { "duty.read": "council", "duty.manage": "council", "duty.rank": "council", "evaluation.manage": "council" },
  liaison: {},
  handler: {},
  member: { "duty.read": "self" },
};
