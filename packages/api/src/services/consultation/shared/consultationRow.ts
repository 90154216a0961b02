import { consultation, type DbOrTx } from "@cppcc/db";
import { meetingTimeText, NotFound, type ConsultationDraft, type Quarter } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { consultationScope } from "./scope";
import { lockById } from "../../shared/lockRow";

export type ConsultationRow = typeof consultation.$inferSelect;

/**
 * The row a mutation changes, locked until its transaction ends: a second change to the same
 * consultation waits, then reads the first one's result (and its new version).
 */
export async function lockConsultation(tx: DbOrTx, ctx: SignedInContext, id: string): Promise<ConsultationRow> {
  return lockById(tx, consultation, ctx.session.council.id, id, "找不到该协商，可能已被删除，请刷新列表");
}

/** A consultation the reader may see; outside their scope it does not exist for them. */
export async function visibleConsultation(db: DbOrTx, ctx: SignedInContext, id: string): Promise<ConsultationRow> {
  const [row] = await db
    .select()
    .from(consultation)
    .where(and(eq(consultation.id, id), consultationScope(ctx)))
    .limit(1);
  if (!row) throw new NotFound("找不到该协商，或不在您的查看范围内");
  return row;
}

/** The stored row as the draft the domain validates. */
export function draftOf(row: ConsultationRow): ConsultationDraft {
  return {
    title: row.title,
    formatCode: row.formatCode,
    year: row.year,
    quarter: (row.quarter as Quarter | null) ?? null,
    leadCommitteeId: row.leadCommitteeId,
    sectorIds: row.sectorIds,
    handlingUnitIds: row.handlingUnitIds,
    townshipId: row.townshipId,
    linkedProposalIds: row.linkedProposalIds,
    planItemId: row.planItemId,
    plannedDate: row.plannedDate,
    startTime: meetingTimeText(row.startTime),
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    replyDeadline: row.replyDeadline,
    mode: row.mode,
    venue: row.venue,
    venueId: row.venueId,
    description: row.description,
  };
}
