import { consultation, venue } from "@cppcc/db";
import { sql } from "drizzle-orm";

/**
 * What a resident is told of the deliberation a topic was put to: its day, start and place (the
 * place typed on the consultation, else its standing venue and that venue's address).
 */
export const sessionColumns = {
  sessionState: consultation.state,
  sessionTitle: consultation.title,
  sessionDate: consultation.plannedDate,
  sessionStartTime: consultation.startTime,
  sessionHeldOn: consultation.heldOn,
  sessionPlace: sql<string | null>`coalesce(nullif(${consultation.venue}, ''), ${venue.name})`,
  sessionAddress: venue.address,
  summaryPublishedAt: consultation.summaryPublishedAt,
};

type SessionRow = {
  sessionState: typeof consultation.$inferSelect.state | null;
  sessionTitle: string | null;
  sessionDate: string | null;
  sessionStartTime: string | null;
  sessionHeldOn: string | null;
  sessionPlace: string | null;
  sessionAddress: string | null;
  summaryPublishedAt: Date | null;
};

export function sessionOf(r: SessionRow) {
  if (r.sessionState == null) return null;
  return { state: r.sessionState, heldOn: r.sessionHeldOn, summaryPublishedAt: r.summaryPublishedAt };
}

/** The day (the held day once met), start as HH:mm and place; null when there is nothing to tell. */
export function sessionView(r: SessionRow) {
  if (r.sessionState == null) return null;
  return {
    title: r.sessionTitle!,
    date: r.sessionHeldOn ?? r.sessionDate,
    startTime: r.sessionStartTime?.slice(0, 5) ?? null,
    place: r.sessionPlace,
    address: r.sessionAddress || null,
  };
}
