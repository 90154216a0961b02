import { sql, type SQL } from "drizzle-orm";

/**
 * Who a notification goes to, as SQL over `account` (alias `a`) joined by the caller: each helper
 * is a condition, so one event reaches thousands in one statement. Disabled accounts are left out
 * by the writer, never here.
 */

/** The member's own login. */
export const memberAccount = (memberId: SQL) => sql`a.role = 'member' and a.member_id = ${memberId}`;

/** Every handler login of a handling unit (承办单位). */
export const unitAccounts = (unitId: SQL) => sql`a.role = 'handler' and a.handling_unit_id = ${unitId}`;

/** The office: the council's admin logins. */
export const officeAccounts = () => sql`a.role = 'admin'`;

/** A township's liaison officers. */
export const townshipLiaisons = (townshipId: SQL) => sql`a.role = 'liaison' and a.township_id = ${townshipId}`;

/** Whoever follows a consultation's work: its township's liaisons for a township one, the office otherwise. */
export const organisers = (townshipId: SQL) => sql`(case when ${townshipId} is null then ${officeAccounts()} else ${townshipLiaisons(townshipId)} end)`;

/**
 * A proposal's first proposer (a collective proposal's writing member), about the proposal, open
 * while it stays in `openWhile` (returned: until resubmitted; replied: until evaluated).
 */
export const proposerWhile = (councilId: string, proposalId: string, openWhile: string) =>
  sql`select a.id as account_id, pr.id as subject_id, pr.status <> ${openWhile} as done
    from proposal pr join account a on a.council_id = pr.council_id and ${memberAccount(sql`pr.lead_member_id`)}
    where pr.council_id = ${councilId} and pr.id = ${proposalId}
    for share of pr`;
