import { auditLog, type DbOrTx } from "@cppcc/db";
import { enqueue, type OutboxEntry } from "../outbox/enqueue";
import type { EventActor } from "./actor";
import { settleDuty, type DutySettlement } from "./duty";
import { writeTimeline, type TimelineLine } from "./timeline";

/** What happened, said once; every record of it is derived from this. */
export type RecordedEvent = {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** From the service's clock, never the database's. */
  occurredAt: Date;
  timeline?: TimelineLine | readonly TimelineLine[];
  duty?: readonly DutySettlement[];
  outbox?: readonly OutboxEntry[];
};

/**
 * The one place a mutation records what happened, called once inside its transaction: the audit
 * row, the record's timeline, the duty ledger of the members concerned and the outbox rows for what
 * runs later all commit with the change or not at all.
 */
export async function recordEvent(tx: DbOrTx, by: EventActor, event: RecordedEvent): Promise<void> {
  await tx.insert(auditLog).values({
    councilId: by.councilId,
    accountId: by.accountId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    ip: by.ip,
    occurredAt: event.occurredAt,
  });
  const lines = event.timeline === undefined ? [] : Array.isArray(event.timeline) ? event.timeline : [event.timeline as TimelineLine];
  if (lines.length > 0) await writeTimeline(tx, by, event.occurredAt, event, lines);
  if (event.duty) await settleDuty(tx, by.councilId, event.duty, event.occurredAt);
  if (event.outbox) await enqueue(tx, [...event.outbox]);
}
