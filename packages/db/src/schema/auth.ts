import { roles } from "@cppcc/domain";
import { boolean, index, uniqueIndex, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, id, rowId, sameCouncil, updatedAt } from "./_columns";
import { council, councilId, township } from "./council";
import { handlingUnit, member } from "./roster";

/**
 * A login, provisioned by staff (no public sign-up). Usernames are unique across councils; that
 * uniqueness lives in `account_username`, since a table distributed by council cannot enforce a
 * unique column without its council.
 */
export const account = pgTable(
  "account",
  {
    id: rowId(),
    councilId: councilId(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: roles }).notNull(),
    /** liaison: the township the officer serves. */
    townshipId: uuid("township_id"),
    /** handler: the handling unit it answers for. */
    handlingUnitId: uuid("handling_unit_id"),
    /** member: the member record it belongs to. */
    memberId: uuid("member_id"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Opened or reset by the office: the password was handed over, so its owner must choose one before anything else. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** Opened in bulk: the request that did it, so a retried request finds its batch instead of opening another. */
    openRequestId: uuid("open_request_id"),
    /** The member's WeChat (公众号 openid), bound by the web OAuth flow from the portal; notices go there when it is set. */
    wechatOpenid: text("wechat_openid"),
    wechatBoundAt: timestamp("wechat_bound_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.townshipId, township),
    sameCouncil(t, t.handlingUnitId, handlingUnit),
    sameCouncil(t, t.memberId, member),
    index("account_council_role_idx").on(t.councilId, t.role),
    // A member has one login at most, whoever opens it and however many office workers at once.
    uniqueIndex("account_member_uq").on(t.memberId, t.councilId),
    index("account_open_request_idx").on(t.councilId, t.openRequestId),
    // Staff lists page by username inside the council; login finds the name anywhere.
    index("account_council_username_idx").on(t.councilId, t.username),
    index("account_username_idx").on(t.username),
    // One WeChat account speaks for one login: binding it elsewhere moves it (the bind service clears the other).
    uniqueIndex("account_wechat_openid_uq").on(t.wechatOpenid, t.councilId),
  ],
);

/**
 * Every username in use, across all councils (a reference table): inserting the name here is what
 * refuses a duplicate. Written with the account by `insertAccounts`, never on its own.
 */
export const accountUsername = pgTable("account_username", {
  username: text("username").primaryKey(),
  councilId: uuid("council_id")
    .notNull()
    .references(() => council.id),
  /** No foreign key: a reference table cannot point into a distributed one. */
  accountId: uuid("account_id").notNull(),
});

/**
 * A signed-in session. The cookie carries a random token; only its SHA-256 is stored, so a
 * leaked table cannot be replayed.
 */
export const session = pgTable(
  "session",
  {
    tokenHash: text("token_hash").notNull(),
    accountId: uuid("account_id").notNull(),
    councilId: councilId(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    /** How the person proved who they are: a code texted to the phone skips the change of an office-set password. */
    via: text("via", { enum: ["password", "sms"] }).notNull().default("password"),
  },
  (t) => [
    councilKey(t, t.tokenHash),
    sameCouncil(t, t.accountId, account).onDelete("cascade"),
    index("session_account_idx").on(t.accountId),
    index("session_expires_idx").on(t.expiresAt),
  ],
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
