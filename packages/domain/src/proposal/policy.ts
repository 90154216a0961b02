import type { Grants } from "../auth/scope";

export const proposalActions = [] as const;
export type ProposalAction = (typeof proposalActions)[number];

export const proposalGrants: Grants<ProposalAction> = { admin: {}, liaison: {}, handler: {}, member: {} };
