import { consultationSuggestion } from "@cppcc/db";
import { NotFound, RuleViolation, type ExtensionRequestInput } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { extensionsOf } from "../../extension/history";
import { recordExtensionRequest } from "../../extension/request";
import { extensionStepLabels, type ExtensionSubjectAdapter } from "../../extension/types";
import { ownUnit } from "../../shared/own";
import { suggestionScope } from "./scope";
import { lockSuggestion } from "./transition";

type Row = typeof consultationSuggestion.$inferSelect;

/** A routing is one handling period: routed again (to another unit, or the same after a return), the count starts afresh. */
export const periodOf = (row: Pick<Row, "state" | "routedOn" | "handlingUnitId">) => (row.state === "routed" && row.routedOn && row.handlingUnitId ? `${row.routedOn}#${row.handlingUnitId}` : null);

/** A suggestion as the shared extension service sees it: its deadline is the `deadline` column while routed. */
export const suggestionExtensionSubject: ExtensionSubjectAdapter = {
  async lock(tx, ctx, id) {
    const row = await lockSuggestion(tx, ctx, id);
    const period = periodOf(row);
    return { kind: "suggestion", id: row.id, councilId: row.councilId, dueOn: period ? row.deadline : null, period };
  },
  async extend(tx, ctx, id, dueOn) {
    // The version moves: a screen holding the old deadline must not close or answer over it unseen.
    await tx
      .update(consultationSuggestion)
      .set({ deadline: dueOn, version: sql`${consultationSuggestion.version} + 1`, updatedAt: ctx.clock.now() })
      .where(eq(consultationSuggestion.id, id));
  },
  timeline: (ext, step) => ({
    label: extensionStepLabels[step],
    note: step === "extensionRefused" ? ext.decisionNote : step === "extensionGranted" ? ext.grantedDueOn : ext.reason,
    of: { entity: "consultation_suggestion", entityId: ext.subjectId },
  }),
};

export type SuggestionExtensionRequest = ExtensionRequestInput & { id: string };

/** 申请延期 by the unit a suggestion is routed to (or staff entering its request), before its deadline. */
export function requestSuggestionExtension({ ctx, input }: { ctx: SignedInContext; input: SuggestionExtensionRequest }) {
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockSuggestion(tx, ctx, input.id);
    if (ctx.actor.role === "handler" && row.handlingUnitId !== ownUnit(ctx)) throw new NotFound("找不到该意见建议，请刷新列表");
    const period = periodOf(row);
    if (!period) throw new RuleViolation("该意见建议当前不在承办单位办理中，无需申请延期");
    return recordExtensionRequest(tx, ctx, suggestionExtensionSubject, { kind: "suggestion", id: row.id, councilId: row.councilId, handlingUnitId: row.handlingUnitId!, dueOn: row.deadline, period }, input);
  });
}

/** The extension requests of a suggestion the reader may see (its scope), oldest first. */
export async function suggestionExtensions({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const [row] = await ctx.db.db
    .select({ id: consultationSuggestion.id })
    .from(consultationSuggestion)
    .where(and(eq(consultationSuggestion.id, input.id), suggestionScope(ctx)));
  if (!row) throw new NotFound("找不到该意见建议，请刷新列表");
  return extensionsOf(ctx.db.db, "suggestion", row.id);
}
