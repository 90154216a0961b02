import type { Grants } from "../auth/scope";

/**
 * 履职承诺 and 常委述职: a member writes their own pledge and, if standing, their own annual report;
 * the office reads every pledge with its check, and collects, returns and prints the reports.
 */
export const pledgeActions = ["pledge.write", "pledge.review", "annualReport.write", "annualReport.manage"] as const;
export type PledgeAction = (typeof pledgeActions)[number];

/** What only the member writes, in their own words: the office reads and returns, never writes them. */
export const ownPledgeActions: readonly PledgeAction[] = ["pledge.write", "annualReport.write"];

export const pledgeGrants: Grants<PledgeAction> = {
  admin: { "pledge.review": "council", "annualReport.manage": "council" },
  liaison: {},
  handler: {},
  member: { "pledge.write": "self", "annualReport.write": "self" },
};
