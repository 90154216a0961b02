import { consultation, consultationSpeech, consultationSuggestion, proposal, townshipGroup } from "@cppcc/db";
import {
  monthlyCounts,
  trendSeries,
  trendSeriesBasis,
  unappliedFilters,
  type FiguresTrendInput,
  type TrendSeries,
} from "@cppcc/domain";
import { and, between, count, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { SignedInContext } from "../../context";
import { byMember } from "./memberFilter";
import { resolvePeriod } from "./period";
import { scopeOf } from "./scope";

/**
 * The dashboard's months: consultations held, the suggestions recorded at them, proposals by the
 * day they were submitted, and members' speeches (every kind), each by the month of its day. A
 * series a filter does not apply to comes without months and says so.
 */
export async function figuresTrend({ ctx, input }: { ctx: SignedInContext; input: FiguresTrendInput }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const period = await resolvePeriod(db, councilId, input);
  const filters = { townshipId: input.townshipId ?? null, sectorId: input.sectorId ?? null };
  const scope = await scopeOf(db, councilId, filters);
  const month = (day: PgColumn) => sql<number>`extract(month from ${day})::int`;
  const heldInPeriod = and(eq(consultation.councilId, councilId), between(consultation.heldOn, period.from, period.to));
  const venue = filters.townshipId ? eq(consultation.townshipId, filters.townshipId) : undefined;
  const withConsultation = (t: { consultationId: PgColumn; councilId: PgColumn }) =>
    and(eq(consultation.id, t.consultationId), eq(consultation.councilId, t.councilId))!;
  const grouped = async (rows: Promise<{ month: number; n: number }[]>) => monthlyCounts(await rows);

  const queries: Record<TrendSeries, () => Promise<number[]>> = {
    consultations: () =>
      grouped(db.select({ month: month(consultation.heldOn), n: count() }).from(consultation).where(and(heldInPeriod, venue)).groupBy(sql`1`)),
    suggestions: () =>
      grouped(
        db
          .select({ month: month(consultation.heldOn), n: count() })
          .from(consultationSuggestion)
          .innerJoin(consultation, withConsultation(consultationSuggestion))
          .where(and(heldInPeriod, venue, byMember(db, consultationSuggestion.authorMemberId, { sectorId: filters.sectorId })))
          .groupBy(sql`1`),
      ),
    proposals: () => {
      const groups = filters.townshipId
        ? inArray(proposal.townshipGroupId, db.select({ id: townshipGroup.id }).from(townshipGroup).where(eq(townshipGroup.townshipId, filters.townshipId)))
        : undefined;
      const where: (SQL | undefined)[] = [
        eq(proposal.councilId, councilId),
        ne(proposal.status, "draft"),
        between(proposal.submittedOn, period.from, period.to),
        filters.sectorId ? eq(proposal.sectorId, filters.sectorId) : undefined,
        groups,
      ];
      return grouped(db.select({ month: month(proposal.submittedOn), n: count() }).from(proposal).where(and(...where)).groupBy(sql`1`));
    },
    speeches: () =>
      grouped(
        db
          .select({ month: month(consultation.heldOn), n: count() })
          .from(consultationSpeech)
          .innerJoin(consultation, withConsultation(consultationSpeech))
          .where(and(heldInPeriod, byMember(db, consultationSpeech.memberId, filters)))
          .groupBy(sql`1`),
      ),
  };

  const series = [];
  for (const key of Object.keys(trendSeries) as TrendSeries[]) {
    const unapplied = unappliedFilters(trendSeriesBasis[key], filters);
    series.push(
      unapplied.length > 0
        ? { key, label: trendSeries[key], months: null, note: `此项不按${unapplied.join("、")}统计` }
        : { key, label: trendSeries[key], months: await queries[key](), note: null },
    );
  }
  return { year: input.year, period, scope, series };
}
