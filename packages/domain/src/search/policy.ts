import type { Grants } from "../auth/scope";

/**
 * Search across modules is the office's: it reaches the whole roster, every proposal, every
 * consultation and residents' own words. Units, liaisons and members search inside their own
 * lists, which are scoped already; a cross-module search for them would need each group's scope
 * rewritten, for little gain.
 */
export const searchActions = ["search.global"] as const;
export type SearchAction = (typeof searchActions)[number];

export const searchGrants: Grants<SearchAction> = {
  admin: { "search.global": "council" },
  liaison: {},
  handler: {},
  member: {},
};
