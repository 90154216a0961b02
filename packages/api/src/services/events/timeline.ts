import { proposalEvent, timelineEntry, type DbOrTx } from "@cppcc/db";
import type { EventActor } from "./actor";

/** One line of a record's timeline. */
export type TimelineLine = {
  /** What happened, as the timeline shows it; for a proposal, the step's type (the apps label it). */
  label: string;
  note?: string | null;
  /** The record whose timeline this is, when it is not the event's own (an invitation's step on its consultation's). */
  of?: { entity: string; entityId: string };
  /** Proposal timelines only: what the step carried, the unit it was taken for, the client's request id. */
  detail?: Record<string, unknown>;
  handlingUnitId?: string | null;
  requestId?: string | null;
};

/**
 * Proposals keep `proposal_event`: their request ids make a retried step a no-op, and lists filter
 * on its unit column. Every other record's timeline is `timeline_entry`.
 */
export async function writeTimeline(
  tx: DbOrTx,
  by: EventActor,
  at: Date,
  subject: { entity: string; entityId: string },
  lines: readonly TimelineLine[],
): Promise<void> {
  const targets = lines.map((line) => ({ line, ...(line.of ?? subject) }));
  const forProposals = targets.filter((t) => t.entity === "proposal");
  const forOthers = targets.filter((t) => t.entity !== "proposal");
  if (forProposals.length > 0) {
    await tx.insert(proposalEvent).values(
      forProposals.map(({ line, entityId }) => ({
        councilId: by.councilId,
        proposalId: entityId,
        type: line.label,
        accountId: by.accountId,
        actorRole: by.role,
        actorName: by.name,
        handlingUnitId: line.handlingUnitId ?? null,
        detail: line.note != null ? { ...line.detail, note: line.note } : (line.detail ?? {}),
        requestId: line.requestId ?? null,
        at,
      })),
    );
  }
  if (forOthers.length > 0) {
    await tx.insert(timelineEntry).values(
      forOthers.map(({ line, entity, entityId }) => ({
        councilId: by.councilId,
        entity,
        entityId,
        at,
        actorAccountId: by.accountId,
        actorName: by.name,
        label: line.label,
        note: line.note ?? null,
      })),
    );
  }
}
