import type { ExtensionStatus } from "@cppcc/domain";

/** One request as the detail pages show it (the API's extensionsOf row). */
export type ExtensionItem = {
  id: string;
  version: number;
  unitName: string;
  dueOn: string;
  requestedDueOn: string;
  reason: string;
  status: ExtensionStatus;
  grantedDueOn: string | null;
  decisionNote: string | null;
  decidedByName?: string | null;
  createdAt: Date | string;
};

export type ExtensionDecision = { decision: "grant"; grantedDueOn: string; note?: string } | { decision: "refuse"; reason: string };
