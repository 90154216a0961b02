import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { councilKey, rowId, sameCouncil } from "./_columns";
import { account } from "./auth";
import { council } from "./council";
import { handlingUnit } from "./roster";

/**
 * A file on a record (a proposal's materials and reply letters, a consultation's materials and
 * report, a resident topic's photos, supervision letters to come): one table for every owner,
 * named by kind and id, so access is decided by the owner's own scope. The bytes live in the
 * configured store (disk or S3) under `storage_key`; this row is what makes them exist.
 * A removal keeps the row (who, when) for the audit trail.
 */
export const attachment = pgTable(
  "attachment",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: rowId(),
    ownerKind: text("owner_kind").notNull(),
    ownerId: uuid("owner_id").notNull(),
    /** What it is for there (`proposal.replyLetter`, …): which kinds, which limit, who may see it. */
    use: text("use").notNull(),
    /** The unit a reply letter is from. */
    handlingUnitId: uuid("handling_unit_id"),
    fileName: text("file_name").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    /** Detected from the bytes, one of the domain's file kinds: what it is served as. */
    mimeType: text("mime_type").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    /** Null for a resident on the public page. */
    uploadedByAccountId: uuid("uploaded_by_account_id"),
    uploadedByName: text("uploaded_by_name").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    /** A resident's photo the liaison chose to show on the public page with the accepted topic; null: staff only. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    removedByAccountId: uuid("removed_by_account_id"),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.uploadedByAccountId, account),
    sameCouncil(t, t.removedByAccountId, account),
    sameCouncil(t, t.handlingUnitId, handlingUnit),
    uniqueIndex("attachment_storage_key_uq").on(t.storageKey, t.councilId),
    // A record's files in upload order; the removed ones are never listed.
    index("attachment_owner_idx")
      .on(t.councilId, t.ownerKind, t.ownerId, t.uploadedAt)
      .where(sql`${t.removedAt} is null`),
  ],
);
