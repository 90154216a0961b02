import type { ConsultationDraft, ConsultationFormatCode, ConsultationMode, Quarter } from "@cppcc/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { ConsultationDetail } from "../shared/types";

/** The draft as the form holds it: dates as pickers' values, "whole year" as quarter 0. */
export type DraftValues = {
  title?: string;
  formatCode?: ConsultationFormatCode;
  year?: number;
  quarter: number;
  planItemId?: string | null;
  townshipId?: string | null;
  leadCommitteeId?: string | null;
  sectorIds: string[];
  handlingUnitIds: string[];
  linkedProposalIds: string[];
  venueId?: string | null;
  plannedDate?: Dayjs | null;
  startTime?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  replyDeadline?: Dayjs | null;
  mode: ConsultationMode;
  venue?: string | null;
  description?: string;
};

/** Field names the server's violations may name (validateConsultation's paths). */
export const draftFieldNames = [
  "title",
  "formatCode",
  "year",
  "quarter",
  "planItemId",
  "townshipId",
  "leadCommitteeId",
  "sectorIds",
  "handlingUnitIds",
  "linkedProposalIds",
  "venueId",
  "plannedDate",
  "startTime",
  "contactName",
  "contactPhone",
  "replyDeadline",
  "mode",
  "venue",
  "description",
] as const;

const day = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : null);

export function toDraft(v: DraftValues): ConsultationDraft {
  return {
    title: v.title?.trim() ?? "",
    formatCode: v.formatCode!,
    year: v.year!,
    quarter: v.quarter === 0 ? null : (v.quarter as 1 | 2 | 3 | 4),
    planItemId: v.planItemId ?? null,
    townshipId: v.townshipId ?? null,
    leadCommitteeId: v.leadCommitteeId ?? null,
    sectorIds: v.sectorIds ?? [],
    handlingUnitIds: v.handlingUnitIds ?? [],
    linkedProposalIds: v.linkedProposalIds ?? [],
    venueId: v.venueId ?? null,
    plannedDate: day(v.plannedDate),
    startTime: v.startTime?.trim() || null,
    contactName: v.contactName?.trim() || null,
    contactPhone: v.contactPhone?.trim() || null,
    replyDeadline: day(v.replyDeadline),
    mode: v.mode,
    venue: v.venue?.trim() || null,
    description: v.description?.trim() ?? "",
  };
}

/** The draft part of a consultation as `consultation.get` returns it. */
export function draftOf(c: ConsultationDetail): ConsultationDraft {
  return {
    title: c.title,
    formatCode: c.formatCode,
    year: c.year,
    quarter: (c.quarter as Quarter | null) ?? null,
    planItemId: c.planItemId,
    townshipId: c.townshipId,
    leadCommitteeId: c.leadCommitteeId,
    sectorIds: c.sectorIds,
    handlingUnitIds: c.handlingUnitIds,
    linkedProposalIds: c.linkedProposalIds,
    venueId: c.venueId,
    plannedDate: c.plannedDate,
    startTime: c.startTime,
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    replyDeadline: c.replyDeadline,
    mode: c.mode,
    venue: c.venue,
    description: c.description,
  };
}

export function fromDraft(d: ConsultationDraft): DraftValues {
  return {
    ...d,
    quarter: d.quarter ?? 0,
    plannedDate: d.plannedDate ? dayjs(d.plannedDate) : null,
    replyDeadline: d.replyDeadline ? dayjs(d.replyDeadline) : null,
  };
}

/** Only what changed: an update naming a field the state has frozen is refused even when unchanged. */
export function changedFields(before: ConsultationDraft, after: ConsultationDraft): Partial<ConsultationDraft> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ConsultationDraft)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out as Partial<ConsultationDraft>;
}
