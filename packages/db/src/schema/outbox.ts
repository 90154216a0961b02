import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./_columns";
import { council } from "./council";

/**
 * What runs after a change commits (a notification, a live update, a reminder at a deadline),
 * written in the change's transaction so it is never lost and never sent for a change that rolled
 * back. `key` names the work: a retried request or a second server scheduling the same reminder
 * finds the row already there. The worker claims due rows with `FOR UPDATE SKIP LOCKED`, so each
 * runs on one server; `done_at` marks it finished, `attempts`/`last_error` record failures.
 */
export const outbox = pgTable(
  "outbox",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "outbox_pk", columns: [t.councilId, t.id] }),
    uniqueIndex("outbox_key_uq").on(t.councilId, t.key),
    // The worker's question: what is due and not done, oldest first.
    index("outbox_due_idx").on(t.runAt).where(sql`${t.doneAt} is null`),
  ],
);
