import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { councilKey, sameCouncil } from "./_columns";
import { account } from "./auth";
import { councilId } from "./council";

/** Every mutation writes one row in its own transaction: who, what, which row, before → after. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    councilId: councilId(),
    accountId: uuid("account_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    /** When it happened, from the service's clock; `at` is when the row was written. */
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.accountId, account),
    index("audit_log_council_at_idx").on(t.councilId, t.at), index("audit_log_entity_idx").on(t.entity, t.entityId),
  ],
);
