import { proposal, termSession, townshipGroup } from "@cppcc/db";
import { proposalStatistics, rate, type FigureCounts, type FigureFilters, type FigurePeriod } from "@cppcc/domain";
import { and, between, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { proposalRules } from "../proposal/shared/rules";
import { statRows } from "../proposal/statistics/rows";

/**
 * The proposal figures, by the proposal statistics' own rules (`proposalStatistics`), over the
 * sessions held in the period. The sector and township are the ones fixed on the proposal when its
 * first proposer drafted it; a collective proposal has neither, so it leaves a filtered count.
 */
export async function proposalCounts(ctx: SignedInContext, period: FigurePeriod, filters: FigureFilters): Promise<FigureCounts> {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const sessions = await db
    .select({ id: termSession.id })
    .from(termSession)
    .where(and(eq(termSession.councilId, councilId), between(termSession.startDate, period.from, period.to)));
  const narrow = and(
    filters.sectorId ? eq(proposal.sectorId, filters.sectorId) : undefined,
    filters.townshipId
      ? inArray(proposal.townshipGroupId, db.select({ id: townshipGroup.id }).from(townshipGroup).where(eq(townshipGroup.townshipId, filters.townshipId)))
      : undefined,
  );
  const [rows, rules] = await Promise.all([
    statRows(
      ctx,
      sessions.map((s) => s.id),
      narrow,
    ),
    proposalRules(db, councilId),
  ]);
  const s = proposalStatistics(rows, rules);
  return {
    proposalsReceived: s.received,
    proposalsFiled: s.filed,
    filingRate: rate(s.filed, s.received),
    livelihoodShare: s.livelihoodShare,
    satisfactionRate: s.satisfactionRate,
  };
}
