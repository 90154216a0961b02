import { proposalEvent, type DbOrTx } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";

export type TimelineEntry = {
  proposalId: string;
  /** A step of the state machine, or one of the steps around it (created, cosignersInvited, …). */
  type: string;
  detail?: Record<string, unknown>;
  handlingUnitId?: string | null;
  requestId?: string | null;
};

/** One line of the proposal's timeline, written in the transaction of what it records. */
export async function recordEvent(tx: DbOrTx, ctx: SignedInContext, entry: TimelineEntry): Promise<void> {
  await tx.insert(proposalEvent).values({
    councilId: ctx.session.council.id,
    proposalId: entry.proposalId,
    type: entry.type,
    accountId: ctx.session.account.id,
    actorRole: ctx.actor.role,
    actorName: ctx.session.account.displayName,
    handlingUnitId: entry.handlingUnitId ?? null,
    detail: entry.detail ?? {},
    requestId: entry.requestId ?? null,
  });
}

/** Was this request (by the client's id for it) already carried out on the proposal? */
export async function alreadyDone(tx: DbOrTx, proposalId: string, requestId: string | null | undefined): Promise<boolean> {
  if (!requestId) return false;
  const [row] = await tx
    .select({ id: proposalEvent.id })
    .from(proposalEvent)
    .where(and(eq(proposalEvent.proposalId, proposalId), eq(proposalEvent.requestId, requestId)))
    .limit(1);
  return row !== undefined;
}
