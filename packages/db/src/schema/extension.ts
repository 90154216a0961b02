import { extensionStatuses, extensionSubjectKinds } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, rowId, sameCouncil, updatedAt, version } from "./_columns";
import { account } from "./auth";
import { councilId } from "./council";
import { handlingUnit } from "./roster";

/**
 * 延期办理: a unit's request to move the deadline of something it must answer (a proposal, a
 * suggestion; later a supervision letter), and the office's decision. One table for every kind so
 * the office reviews all waiting requests in one list; the subject keeps its own deadline column,
 * which a grant moves in the same transaction.
 */
export const deadlineExtension = pgTable(
  "deadline_extension",
  {
    id: rowId(),
    councilId: councilId(),
    subjectKind: text("subject_kind", { enum: extensionSubjectKinds }).notNull(),
    /** The proposal's or the suggestion's id (by kind, so no foreign key). */
    subjectId: uuid("subject_id").notNull(),
    /** The handling period the request belongs to (a new assignment starts a new one, with its own count). */
    period: text("period").notNull(),
    handlingUnitId: uuid("handling_unit_id").notNull(),
    /** The deadline when the unit asked, and the date it asked for. */
    dueOn: date("due_on").notNull(),
    requestedDueOn: date("requested_due_on").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: extensionStatuses }).notNull().default("pending"),
    grantedDueOn: date("granted_due_on"),
    /** The office's note on a grant, or its reason for refusing. */
    decisionNote: text("decision_note"),
    requestedBy: uuid("requested_by"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.handlingUnitId, handlingUnit),
    sameCouncil(t, t.requestedBy, account),
    sameCouncil(t, t.decidedBy, account),
    index("deadline_extension_subject_idx").on(t.subjectKind, t.subjectId, t.createdAt),
    // The office's list of requests waiting, oldest first.
    index("deadline_extension_pending_idx").on(t.councilId, t.createdAt, t.id).where(sql`${t.status} = 'pending'`),
    // A unit's home: its requests the office decided lately, newest decision first.
    index("deadline_extension_unit_decided_idx").on(t.councilId, t.handlingUnitId, t.decidedAt).where(sql`${t.decidedAt} is not null`),
    // One request waiting per subject: a double click or two clerks asking at once make one.
    uniqueIndex("deadline_extension_pending_uq").on(t.subjectKind, t.subjectId, t.councilId).where(sql`${t.status} = 'pending'`),
  ],
);
