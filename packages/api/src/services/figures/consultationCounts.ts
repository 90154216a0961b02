import { consultation, consultationSpeech, consultationSuggestion, type DbOrTx } from "@cppcc/db";
import type { FigureCounts, FigureFilters, FigurePeriod } from "@cppcc/domain";
import { and, between, count, eq, sql } from "drizzle-orm";
import { byMember } from "./memberFilter";

const n = (where: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${where}))::int`;

/**
 * The consultation figures: events by format, their suggestions, the recommendations sent and the
 * plenary speeches. An event counts on the day it was held (held_on), so one held and later
 * cancelled still counts and one never held does not. Figures a filter does not apply to are
 * counted anyway and set aside by the domain's `figureValues`.
 */
export async function consultationCounts(db: DbOrTx, councilId: string, period: FigurePeriod, filters: FigureFilters): Promise<FigureCounts> {
  const heldInPeriod = and(eq(consultation.councilId, councilId), between(consultation.heldOn, period.from, period.to));
  const venue = filters.townshipId ? eq(consultation.townshipId, filters.townshipId) : undefined;
  const format = (code: string) => sql`${consultation.formatCode} = ${code}`;

  const [events] = await db
    .select({
      all: count(),
      standing: n(format("standingCommitteeConsultation")),
      chairs: n(format("chairsMeetingConsultation")),
      pleaseCome: n(format("pleaseComeToConsult")),
      deliberations: n(format("deliberation")),
    })
    .from(consultation)
    .where(and(heldInPeriod, venue));

  const [suggestions] = await db
    .select({ all: count(), pleaseCome: n(format("pleaseComeToConsult")) })
    .from(consultationSuggestion)
    .innerJoin(consultation, and(eq(consultation.id, consultationSuggestion.consultationId), eq(consultation.councilId, consultationSuggestion.councilId)))
    .where(and(heldInPeriod, venue, byMember(db, consultationSuggestion.authorMemberId, { sectorId: filters.sectorId })));

  const [recommendations] = await db
    .select({ n: count() })
    .from(consultation)
    .where(
      and(
        eq(consultation.councilId, councilId),
        eq(consultation.outcomeKind, "recommendation"),
        between(consultation.outcomeSubmittedOn, period.from, period.to),
      ),
    );

  const [speeches] = await db
    .select({ n: count() })
    .from(consultationSpeech)
    .innerJoin(consultation, and(eq(consultation.id, consultationSpeech.consultationId), eq(consultation.councilId, consultationSpeech.councilId)))
    .where(and(heldInPeriod, eq(consultationSpeech.kind, "plenarySpeech"), byMember(db, consultationSpeech.memberId, filters)));

  return {
    consultationEvents: events!.all,
    standingCommitteeConsultations: events!.standing,
    chairsMeetingConsultations: events!.chairs,
    pleaseComeToConsult: events!.pleaseCome,
    deliberations: events!.deliberations,
    suggestions: suggestions!.all,
    pleaseComeToConsultSuggestions: suggestions!.pleaseCome,
    recommendations: recommendations!.n,
    plenarySpeeches: speeches!.n,
  };
}
