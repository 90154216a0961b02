import { sql } from "drizzle-orm";
import { date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, rowId, sameCouncil } from "./_columns";
import { account } from "./auth";
import { council } from "./council";

type Link = { app: "admin" | "liaison" | "portal"; path: string };

/**
 * One person's daily digest (每日汇总): the notifications of one Shanghai calendar day they chose to
 * get in a digest, handed to the channels as one message. Unique per person and day, and each
 * notification names the digest that carried it (`notification.digest_id`), so a digest job that
 * runs late, twice or across midnight neither drops nor repeats one.
 */
export const notificationDigest = pgTable(
  "notification_digest",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: rowId(),
    accountId: uuid("account_id").notNull(),
    day: date("day").notNull(),
    createdAt: createdAt(),
  },
  (t) => [councilKey(t), sameCouncil(t, t.accountId, account), uniqueIndex("notification_digest_day_uq").on(t.councilId, t.accountId, t.day)],
);

/**
 * One person's notification (the in-app message centre). Written by the notification job from an
 * outbox row, never by a request, so a change that rolled back notifies nobody. `key` names the
 * event and the recipient: a job run again after a failure finds its rows already there. `subject`
 * is the record it asks about; doing what it asked marks it done and it leaves 待办.
 */
export const notification = pgTable(
  "notification",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: rowId(),
    accountId: uuid("account_id").notNull(),
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    body: text("body"),
    link: jsonb("link").$type<Link>(),
    subjectEntity: text("subject_entity"),
    subjectId: text("subject_id"),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    /** How it leaves the app, fixed from the person's choice when it was written: at once, in the day's digest, or not at all. */
    delivery: text("delivery", { enum: ["immediate", "digest", "off"] }).notNull().default("immediate"),
    /** The digest that carried it; null until one did. */
    digestId: uuid("digest_id"),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.accountId, account),
    uniqueIndex("notification_key_uq").on(t.councilId, t.key),
    // The message centre: one person's, newest first, paged by (created_at, id).
    index("notification_account_idx").on(t.councilId, t.accountId, t.createdAt.desc(), t.id.desc()),
    // The badge: one person's unread.
    index("notification_unread_idx").on(t.councilId, t.accountId).where(sql`${t.readAt} is null`),
    // Doing what was asked finds the open notifications about that record.
    sameCouncil(t, t.digestId, notificationDigest),
    // The digest job: the council's notifications waiting for a digest.
    index("notification_digest_due_idx").on(t.councilId, t.createdAt).where(sql`${t.delivery} = 'digest' and ${t.digestId} is null`),
    index("notification_subject_idx").on(t.councilId, t.subjectEntity, t.subjectId).where(sql`${t.doneAt} is null`),
  ],
);

/** A person's choice for one kind (立即 / 每日汇总 / 不通知); no row means the kind's default. */
export const notificationPreference = pgTable(
  "notification_preference",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    accountId: uuid("account_id").notNull(),
    kind: text("kind").notNull(),
    delivery: text("delivery", { enum: ["immediate", "digest", "off"] }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "notification_preference_pk", columns: [t.councilId, t.accountId, t.kind] }), sameCouncil(t, t.accountId, account)],
);
