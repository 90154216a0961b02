import type { deadlineExtension, Tx } from "@cppcc/db";
import type { ExtensionSubjectKind } from "@cppcc/domain";
import type { SignedInContext } from "../../context";

export type ExtensionRow = typeof deadlineExtension.$inferSelect;

/** Where the deadline of one thing a unit answers stands, as the extension rule reads it. */
export type ExtensionSubject = {
  kind: ExtensionSubjectKind;
  id: string;
  councilId: string;
  handlingUnitId: string;
  /** The current deadline; null when the thing is no longer being handled. */
  dueOn: string | null;
  /** The current handling period; null when the thing is no longer being handled. */
  period: string | null;
};

/**
 * What each kind does on its own row: lock it (within the office's scope) and say where its
 * deadline stands, and move the deadline when a request is granted. The proposal also writes
 * its timeline on each step (onRecorded).
 */
export type ExtensionSubjectAdapter = {
  lock(tx: Tx, ctx: SignedInContext, id: string): Promise<Omit<ExtensionSubject, "handlingUnitId">>;
  extend(tx: Tx, ctx: SignedInContext, id: string, grantedDueOn: string): Promise<void>;
  onRecorded?(tx: Tx, ctx: SignedInContext, row: ExtensionRow, type: "extensionRequested" | "extensionGranted" | "extensionRefused"): Promise<void>;
};
