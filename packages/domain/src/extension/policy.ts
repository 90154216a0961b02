import type { Grants } from "../auth/scope";

/**
 * Deadline extensions: a unit asks through the action it answers with (proposal.handle,
 * suggestion.answer); deciding, and the list of requests waiting, are the office's.
 */
export const extensionActions = ["deadlineExtension.decide"] as const;
export type ExtensionAction = (typeof extensionActions)[number];

export const extensionGrants: Grants<ExtensionAction> = {
  admin: { "deadlineExtension.decide": "council" },
  liaison: {},
  handler: {},
  member: {},
};
