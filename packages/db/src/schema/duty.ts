import { and, eq, getTableColumns, isNull, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { date, foreignKey, index, integer, pgTable, pgView, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, rowId, sameCouncil } from "./_columns";
import { account } from "./auth";
import { council } from "./council";
import { member } from "./roster";

/**
 * The duty ledger (谁组织谁记录): one entry per member action that counts for duty, appended by the
 * event seam in the transaction of what caused it. Append-only: a correction (absent → present, a
 * leave revoked) is a reversal entry citing the entry it cancels, never an update or a delete, so
 * the record of what was once counted survives. Points come later from the council's rule set, so
 * none are stored here.
 */
export const dutyLedger = pgTable(
  "duty_ledger",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    memberId: uuid("member_id").notNull(),
    kind: text("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    sourceTable: text("source_table").notNull(),
    sourceId: text("source_id").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    /** Null for an entry; for a reversal, the entry it cancels. */
    reversesId: uuid("reverses_id"),
    /**
     * How the member took part, where the source says (a proposal: lead, cosigner or collective), the
     * members signing it (the first proposer included, so a table can split a joint proposal's points)
     * and the level where something was adopted or awarded. Null for sources without them and for
     * entries written before they were recorded: scoring then takes the member as the only signer.
     */
    role: text("role", { enum: ["lead", "cosigner", "collective"] }),
    signers: integer("signers"),
    level: text("level"),
  },
  (t) => [
    primaryKey({ name: "duty_ledger_pk", columns: [t.councilId, t.id] }),
    foreignKey({ name: "duty_ledger_reverses_fk", columns: [t.councilId, t.reversesId], foreignColumns: [t.councilId, t.id] }),
    // An entry is reversed at most once, even by two corrections racing.
    uniqueIndex("duty_ledger_reverses_uq").on(t.councilId, t.reversesId),
    // The seam's question: the live entries of one member for one source.
    index("duty_ledger_member_source_idx").on(t.councilId, t.memberId, t.sourceTable, t.sourceId),
    index("duty_ledger_member_at_idx").on(t.councilId, t.memberId, t.occurredAt),
  ],
);

/**
 * What counts now: entries neither reversed nor reversals. Scoring and every other reader read only
 * this, so no reader has to know how corrections are written.
 */
const reversal = alias(dutyLedger, "reversal");
const { reversesId: _reversesId, ...entryColumns } = getTableColumns(dutyLedger);

export const dutyLedgerLive = pgView("duty_ledger_live").as((qb) =>
  qb
    .select(entryColumns)
    .from(dutyLedger)
    .where(
      and(
        isNull(dutyLedger.reversesId),
        notExists(
          qb
            .select({ one: sql`1` })
            .from(reversal)
            .where(and(eq(reversal.councilId, dutyLedger.councilId), eq(reversal.reversesId, dutyLedger.id))),
        ),
      ),
    ),
);

/**
 * What the office records that happened off the platform (调研报告, 表彰, 公益活动…), with the
 * evidence it was shown. The ledger entry cites this row as its source; revoking it marks the row
 * and reverses the entry, so the record of what was once counted, and why it stopped, survives.
 */
export const dutyManualEntry = pgTable(
  "duty_manual_entry",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: rowId(),
    memberId: uuid("member_id").notNull(),
    kind: text("kind").notNull(),
    occurredOn: date("occurred_on").notNull(),
    description: text("description").notNull(),
    evidence: text("evidence").notNull(),
    level: text("level"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by"),
    revokeReason: text("revoke_reason"),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.memberId, member),
    sameCouncil(t, t.createdBy, account),
    sameCouncil(t, t.revokedBy, account),
    index("duty_manual_entry_member_idx").on(t.councilId, t.memberId, t.occurredOn),
  ],
);

/**
 * What the office did about a member's warning (履职预警): a talk held, a written warning, resignation
 * advised, with the day and a note. Append-only: two staff recording at once both stand, since each
 * is something that happened; a mistaken row is answered by a further one, as a paper file would be.
 */
export const dutyWarningAction = pgTable(
  "duty_warning_action",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: rowId(),
    memberId: uuid("member_id").notNull(),
    /** The evaluation year whose warning this answers. */
    year: integer("year").notNull(),
    action: text("action", { enum: ["talk", "writtenWarning", "resignationAdvised"] }).notNull(),
    actedOn: date("acted_on").notNull(),
    note: text("note").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.memberId, member),
    sameCouncil(t, t.createdBy, account),
    index("duty_warning_action_year_idx").on(t.councilId, t.year, t.memberId, t.createdAt),
  ],
);
