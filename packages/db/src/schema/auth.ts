import { roles } from "@cppcc/domain";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./_columns";
import { council, township } from "./council";
import { handlingUnit, member } from "./roster";

/** A login, provisioned by staff (no public sign-up). Usernames are unique across councils. */
export const account = pgTable(
  "account",
  {
    id: id(),
    councilId: uuid("council_id").notNull().references(() => council.id),
    username: text("username").notNull().unique("account_username_uq"),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: roles }).notNull(),
    /** liaison: the township the officer serves. */
    townshipId: uuid("township_id").references(() => township.id),
    /** handler: the handling unit it answers for. */
    handlingUnitId: uuid("handling_unit_id").references(() => handlingUnit.id),
    /** member: the member record it belongs to. */
    memberId: uuid("member_id").references(() => member.id),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_council_role_idx").on(t.councilId, t.role), index("account_member_idx").on(t.memberId)],
);

/**
 * A signed-in session. The cookie carries a random token; only its SHA-256 is stored, so a
 * leaked table cannot be replayed.
 */
export const session = pgTable(
  "session",
  {
    tokenHash: text("token_hash").primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id, { onDelete: "cascade" }),
    councilId: uuid("council_id").notNull().references(() => council.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("session_account_idx").on(t.accountId), index("session_expires_idx").on(t.expiresAt)],
);

/**
 * Failed logins, keyed "account:<username>" or "address:<ip>", counted in a sliding window to
 * throttle guessing. Kept outside any council: an unknown username has none.
 */
export const loginFailure = pgTable(
  "login_failure",
  {
    id: id(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_failure_key_at_idx").on(t.key, t.at)],
);
