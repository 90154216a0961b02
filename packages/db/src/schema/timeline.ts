import { bigserial, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sameCouncil } from "./_columns";
import { account } from "./auth";
import { council } from "./council";

/**
 * The timeline of any record but a proposal (which keeps its own `proposal_event`, with request ids
 * and unit columns): one line per thing that happened to it, written by the event seam in the
 * change's transaction, read back in order of `at`.
 */
export const timelineEntry = pgTable(
  "timeline_entry",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    // A sequence, not a random id: lines written at the same moment keep the order they were written in.
    id: bigserial("id", { mode: "number" }).notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** Null when the system acted (a job). */
    actorAccountId: uuid("actor_account_id"),
    actorName: text("actor_name"),
    label: text("label").notNull(),
    note: text("note"),
  },
  (t) => [
    primaryKey({ name: "timeline_entry_pk", columns: [t.councilId, t.id] }),
    sameCouncil(t, t.actorAccountId, account),
    index("timeline_entry_entity_idx").on(t.councilId, t.entity, t.entityId, t.at),
  ],
);
