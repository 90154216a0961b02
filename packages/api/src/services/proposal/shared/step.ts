import type { DbOrTx, Tx } from "@cppcc/db";
import {
  Conflict,
  refusalError,
  transition,
  type Action,
  type ProposalEvent,
  type ProposalFacts,
  type ProposalRules,
  type ProposalState,
} from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import { dutyCredit } from "../../events/duty";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { proposalNotices, settleProposalNotifications } from "./notices";
import { saveState, summaryOf, type ProposalSummary } from "./persist";
import { cosignersOf, draftOf, lockProposal, type CosignerRow, type ProposalRow } from "./row";
import { proposalRules } from "./rules";
import { alreadyDone } from "./requestDone";

export type StepInput = { id: string; version: number; requestId?: string | null };

/** A locked proposal with everything the state machine needs to judge a step on it. */
export type Loaded = { row: ProposalRow; cosigners: CosignerRow[]; facts: ProposalFacts; rules: ProposalRules };

/** A step that was taken: the proposal before and after, and the event. */
export type Applied = Loaded & { event: ProposalEvent; before: ProposalState; after: ProposalRow };

export type StepPlan = {
  action: Action;
  /** The domain event; built from the locked proposal when it depends on it (filing takes the next number). */
  event: (tx: Tx, loaded: Loaded) => ProposalEvent | Promise<ProposalEvent>;
  /** Columns besides the state the step sets (the serial at filing). */
  columns?: (event: ProposalEvent) => Partial<ProposalRow>;
  /** Rows beside the state (the letter, the assignment, the review record); returns what the timeline shows. */
  effects?: (tx: Tx, applied: Applied) => Promise<Record<string, unknown> | void>;
  /** Steps a merge group takes together (assignment, letters): applied to every proposal of the group in the same state. */
  wholeGroup?: (tx: Tx, applied: Applied) => Promise<void>;
};

export const staleMessage = "该提案已被他人处理，请刷新后查看";

export async function loadFor(tx: DbOrTx, row: ProposalRow, now: Date): Promise<Loaded> {
  const [cosigners, rules] = await Promise.all([cosignersOf(tx, row.id), proposalRules(tx, row.councilId)]);
  return { row, cosigners, rules, facts: { now, proposal: draftOf(row, cosigners) } };
}

/**
 * One transition in one transaction: lock the proposal within the actor's scope, see whether this
 * very request was already carried out (a double click or a retry then gets the current proposal
 * instead of an error), check the version the client read, let the domain judge the step, then
 * write the state, the duty events, the rows beside it, the timeline and the audit together.
 */
export async function runStep(ctx: SignedInContext, input: StepInput, plan: StepPlan): Promise<ProposalSummary> {
  try {
    return await ctx.db.db.transaction(async (tx) => {
      const row = await lockProposal(tx, ctx, plan.action, input.id);
      if (await alreadyDone(tx, row.id, input.requestId)) return summaryOf(row);
      if (row.version !== input.version) throw new Conflict(staleMessage);
      const loaded = await loadFor(tx, row, ctx.clock.now());
      const event = await plan.event(tx, loaded);
      const applied = await applyEvent(tx, ctx, loaded, event, plan, input.requestId);
      await plan.wholeGroup?.(tx, applied);
      return summaryOf(applied.after);
    });
  } catch (error) {
    throw asConflict(error);
  }
}

/** Judges and writes one event on a loaded proposal; shared by the step itself and its merge-group siblings. */
export async function applyEvent(
  tx: Tx,
  ctx: SignedInContext,
  loaded: Loaded,
  event: ProposalEvent,
  plan: Pick<StepPlan, "columns" | "effects">,
  requestId?: string | null,
  refusalPrefix = "",
): Promise<Applied> {
  const { row, facts, rules } = loaded;
  const result = transition(row.state, event, ctx.actor, facts, { proposal: rules });
  if (!result.ok) throw refusalError(result.refusals.map((r) => ({ ...r, message: `${refusalPrefix}${r.message}` })));
  const after = await saveState(tx, row, result.state, ctx.clock.now(), plan.columns?.(event));
  const applied: Applied = { ...loaded, event, before: row.state, after };
  const detail = (await plan.effects?.(tx, applied)) ?? {};
  await settleProposalNotifications(tx, row, after, event, unitOf(ctx, event), facts.now);
  await recordEvent(tx, eventActor(ctx), {
    action: `proposal.${event.type}`,
    entity: "proposal",
    entityId: row.id,
    before: { status: row.status, version: row.version, state: row.state },
    after: { status: after.status, version: after.version, state: after.state, event },
    occurredAt: facts.now,
    timeline: { label: event.type, detail, handlingUnitId: unitOf(ctx, event), requestId },
    duty: result.effects.dutyEvents.map((d) => dutyCredit(d.memberId, d.kind, { table: "proposal", id: row.id }, facts.now, { role: d.role, signers: d.signers })),
    outbox: proposalNotices(row, after, event, facts.now),
  });
  return applied;
}

/** The unit a unit's step was taken for: the handler's own, or the one staff named when entering its letter. */
export function unitOf(ctx: SignedInContext, event: ProposalEvent): string | null {
  if (event.type !== "returnAssignment" && event.type !== "sendCoOpinion" && event.type !== "reply") return null;
  return event.handlingUnitId ?? ctx.actor.handlingUnitId ?? null;
}

/**
 * Two transactions that lock the same rows in a different order (a merge group worked on from two
 * of its proposals at once) make Postgres abort one; to the person that is someone else's change.
 */
export function asConflict(error: unknown): unknown {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === "40P01" || code === "40001") return new Conflict(staleMessage);
  }
  return error;
}
