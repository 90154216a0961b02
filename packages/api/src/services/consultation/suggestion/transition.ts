import { consultationSuggestion, handlingUnit, type DbOrTx } from "@cppcc/db";
import { addDays, RuleViolation, suggestionMachine, transitionSuggestion, type SuggestionEvent } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { settleSuggestionNotifications, suggestionNotices } from "./notices";
import { decide } from "../shared/decide";
import { consultationRules } from "../shared/rules";
import { today } from "../shared/today";
import type { SuggestionAnswerInput, SuggestionCloseInput, SuggestionReturnInput, SuggestionRouteInput } from "./inputs";
import { lockById } from "../../shared/lockRow";

type Row = typeof consultationSuggestion.$inferSelect;

export async function lockSuggestion(tx: DbOrTx, ctx: SignedInContext, id: string): Promise<Row> {
  return lockById(tx, consultationSuggestion, ctx.session.council.id, id, "找不到该意见建议，请刷新列表");
}

/**
 * One step of a suggestion: the row is locked, the domain decides, a repeat changes nothing, a
 * stale version is a CONFLICT (two officers closing at once: the second is told, nothing is
 * overwritten), then the step's columns are written with its audit row.
 */
async function step(
  ctx: SignedInContext,
  input: { id: string; version: number },
  event: (row: Row, day: string, tx: DbOrTx) => Promise<SuggestionEvent> | SuggestionEvent,
  columns: (event: SuggestionEvent, day: string) => Partial<Row>,
) {
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockSuggestion(tx, ctx, input.id);
    const day = today(ctx.clock.now());
    const e = await event(before, day, tx);
    const result = transitionSuggestion(before.state, e, ctx.actor, {
      councilId: before.councilId,
      townshipId: before.townshipId,
      handlingUnitId: before.handlingUnitId,
      today: day,
    });
    const { state, changed } = decide(result, before.version, input.version, "suggestion");
    if (!changed) return before;
    if (e.type === "route") await assertActiveUnit(tx, before.councilId, e.handlingUnitId);
    const [after] = await tx
      .update(consultationSuggestion)
      .set({ ...columns(e, day), state, version: sql`${consultationSuggestion.version} + 1`, updatedAt: ctx.clock.now() })
      .where(and(eq(consultationSuggestion.id, before.id), eq(consultationSuggestion.version, before.version)))
      .returning();
    await settleSuggestionNotifications(tx, after!, e.type, ctx.clock.now());
    await recordEvent(tx, eventActor(ctx), {
      action: `suggestion.${e.type}`,
      entity: "consultation_suggestion",
      entityId: before.id,
      before,
      after,
      occurredAt: ctx.clock.now(),
      timeline: { label: suggestionMachine.rules[e.type].label, note: "reason" in e ? e.reason : null },
      outbox: suggestionNotices(after!, e.type, ctx.clock.now()),
    });
    return after!;
  });
}

async function assertActiveUnit(tx: DbOrTx, councilId: string, unitId: string) {
  const [unit] = await tx
    .select({ active: handlingUnit.active })
    .from(handlingUnit)
    .where(and(eq(handlingUnit.id, unitId), eq(handlingUnit.councilId, councilId)));
  if (!unit) throw new RuleViolation([{ path: "handlingUnitId", message: "所选承办单位不存在，请重新选择" }]);
  if (!unit.active) throw new RuleViolation([{ path: "handlingUnitId", message: "所选承办单位已撤销，请改选承接其职责的单位" }]);
}

/** 交办: to a unit with a deadline (default: the council's answer period). Sent twice to the same unit, it counts once. */
export function routeSuggestion({ ctx, input }: { ctx: SignedInContext; input: SuggestionRouteInput }) {
  return step(
    ctx,
    input,
    async (row, day, tx) => ({
      type: "route",
      handlingUnitId: input.handlingUnitId,
      deadline: input.deadline ?? addDays(day, (await consultationRules(tx, row.councilId)).suggestionAnswerDays),
    }),
    (e, day) => (e.type === "route" ? { handlingUnitId: e.handlingUnitId, deadline: e.deadline, routedOn: day, returnReason: null } : {}),
  );
}

/** 撤回 by the organiser or 退回 by the unit: back to be routed again, with the reason kept for the next routing. */
export function returnSuggestion({ ctx, input, by }: { ctx: SignedInContext; input: SuggestionReturnInput; by: "recall" | "decline" }) {
  return step(
    ctx,
    input,
    () => ({ type: by, reason: input.reason }),
    () => ({
      handlingUnitId: null,
      deadline: null,
      routedOn: null,
      returnReason: `${by === "recall" ? "撤回交办" : "承办单位退回"}：${input.reason}`,
    }),
  );
}

export function answerSuggestion({ ctx, input }: { ctx: SignedInContext; input: SuggestionAnswerInput }) {
  return step(
    ctx,
    input,
    () => ({ type: "answer", answer: input.answer }),
    (_e, day) => ({ answer: input.answer, answeredOn: day, answeredBy: ctx.session.account.id }),
  );
}

/** 销号 with its result; not (fully) carried out needs a reason. */
export function closeSuggestion({ ctx, input }: { ctx: SignedInContext; input: SuggestionCloseInput }) {
  return step(
    ctx,
    input,
    () => ({ type: "close", result: input.result, reason: input.reason }),
    (_e, day) => ({ result: input.result, resultReason: input.reason || null, closedOn: day, closedBy: ctx.session.account.id }),
  );
}
