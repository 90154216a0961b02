import type { Grants } from "../auth/scope";

export const consultationActions = [] as const;
export type ConsultationAction = (typeof consultationActions)[number];

export const consultationGrants: Grants<ConsultationAction> = { admin: {}, liaison: {}, handler: {}, member: {} };
