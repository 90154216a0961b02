import { deliveryStatuses } from "@cppcc/domain";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, id, rowId, sameCouncil } from "./_columns";
import { account } from "./auth";
import { councilId } from "./council";

/**
 * Every message that leaves the platform (a text, a WeChat message), one row per unique key: a retry
 * finds the row and never sends again. `attempted_at` is written and committed before the provider is
 * called, so a worker that dies after the provider accepted leaves `sending` behind, and the next
 * attempt asks the provider about the key (Aliyun's OutId) before it sends.
 */
export const messageDelivery = pgTable(
  "message_delivery",
  {
    id: rowId(),
    councilId: councilId(),
    key: text("key").notNull(),
    channel: text("channel", { enum: ["sms", "wechat"] }).notNull(),
    /** The phone number or the WeChat openid it goes to. */
    recipient: text("recipient").notNull(),
    accountId: uuid("account_id"),
    /** Which configured template: "loginCode", "notice", "digest". */
    template: text("template").notNull(),
    params: jsonb("params").$type<Record<string, string>>().notNull(),
    status: text("status", { enum: deliveryStatuses }).notNull().default("pending"),
    providerMessageId: text("provider_message_id"),
    attempts: integer("attempts").notNull().default(0),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.accountId, account),
    uniqueIndex("message_delivery_key_uq").on(t.key, t.councilId),
    // The rate policy's question: how many went to this recipient today.
    index("message_delivery_recipient_idx").on(t.channel, t.recipient, t.createdAt),
  ],
);

/**
 * A login code sent by text: only its digest, salted with the row, is kept; `used_at` makes it single
 * use. Written only for a phone that belongs to a member's account.
 */
export const smsLoginCode = pgTable(
  "sms_login_code",
  {
    id: rowId(),
    councilId: councilId(),
    accountId: uuid("account_id").notNull(),
    phone: text("phone").notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [councilKey(t), sameCouncil(t, t.accountId, account).onDelete("cascade"), index("sms_login_code_phone_idx").on(t.phone, t.createdAt)],
);

/**
 * Requests for a login code, keyed "phone:<number>" or "address:<ip>", for every request whether the
 * phone is known or not (so the limit reveals nothing). Outside any council: an unknown phone has none.
 */
export const smsCodeRequest = pgTable(
  "sms_code_request",
  {
    id: id(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sms_code_request_key_at_idx").on(t.key, t.at)],
);
