import type { Grants } from "../auth/scope";

/**
 * roster.read      — member records with full fields: the office for the council, a liaison
 *                    officer for their own township's group, a member for themself.
 * roster.manage    — create, edit, withdraw, import, and the roster check (term-wide, so office only).
 * roster.directory — fellow members' public fields with masked phones (portal directory).
 * roster.township — a township's groups and paired sector groups: the office, or a liaison for their own.
 * roster.updateOwnPhone — a member changes their own phone; the service audits it. Admin holds it
 *                    too only because admin holds every action; it edits phones through roster.manage.
 * Login accounts for members are account.manage, in the foundation policy.
 */
export const rosterActions = ["roster.read", "roster.manage", "roster.directory", "roster.township", "roster.updateOwnPhone"] as const;
export type RosterAction = (typeof rosterActions)[number];

export const rosterGrants: Grants<RosterAction> = {
  admin: {
    "roster.read": "council",
    "roster.manage": "council",
    "roster.directory": "council",
    "roster.township": "council",
    "roster.updateOwnPhone": "council",
  },
  liaison: { "roster.read": "township", "roster.township": "township" },
  handler: {},
  member: { "roster.read": "self", "roster.directory": "council", "roster.updateOwnPhone": "self" },
};
