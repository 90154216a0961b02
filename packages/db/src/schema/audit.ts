import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { account } from "./auth";
import { council } from "./council";

/** Every mutation writes one row in its own transaction: who, what, which row, before → after. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    councilId: uuid("council_id").notNull().references(() => council.id),
    accountId: uuid("account_id").references(() => account.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_council_at_idx").on(t.councilId, t.at), index("audit_log_entity_idx").on(t.entity, t.entityId)],
);
