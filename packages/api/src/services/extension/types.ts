import type { deadlineExtension, Tx } from "@cppcc/db";
import type { ExtensionSubjectKind } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import type { TimelineLine } from "../events/timeline";

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
 * deadline stands, move the deadline when a request is granted, and say how each step shows on
 * the subject's own timeline.
 */
export type ExtensionSubjectAdapter = {
  lock(tx: Tx, ctx: SignedInContext, id: string): Promise<Omit<ExtensionSubject, "handlingUnitId">>;
  extend(tx: Tx, ctx: SignedInContext, id: string, grantedDueOn: string): Promise<void>;
  timeline(row: ExtensionRow, step: ExtensionStep): TimelineLine;
};

export type ExtensionStep = "extensionRequested" | "extensionGranted" | "extensionRefused";

export const extensionStepLabels: Record<ExtensionStep, string> = {
  extensionRequested: "申请延期",
  extensionGranted: "批准延期",
  extensionRefused: "不予延期",
};
