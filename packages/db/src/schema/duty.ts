import { index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_columns";
import { council } from "./council";

/**
 * One row per member action that counts for duty (谁组织谁记录), written by the module that
 * organised it in the same transaction. Scoring reads only this table; points come later from
 * the council's rule set, so none are stored here.
 */
export const dutyEvent = pgTable(
  "duty_event",
  {
    id: id(),
    councilId: uuid("council_id").notNull().references(() => council.id),
    memberId: uuid("member_id").notNull(),
    kind: text("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    sourceTable: text("source_table").notNull(),
    sourceId: text("source_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // The same action recorded twice (a retried request) stays one event.
    unique("duty_event_source_uq").on(t.memberId, t.kind, t.sourceTable, t.sourceId),
    index("duty_event_council_member_idx").on(t.councilId, t.memberId, t.occurredAt),
  ],
);
