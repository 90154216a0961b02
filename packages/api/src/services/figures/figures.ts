import { figureValues, type FiguresInput } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { consultationCounts } from "./consultationCounts";
import { dutyCounts } from "./dutyCounts";
import { resolvePeriod } from "./period";
import { proposalCounts } from "./proposalCounts";
import { scopeOf } from "./scope";

/**
 * 数说: every figure a report publishes, counted from the records for the period and filters, each
 * with its definition; figures of modules not built yet, or that a filter does not apply to, say so.
 */
export async function figures({ ctx, input }: { ctx: SignedInContext; input: FiguresInput }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const period = await resolvePeriod(db, councilId, input);
  const filters = { townshipId: input.townshipId ?? null, sectorId: input.sectorId ?? null };
  const scope = await scopeOf(db, councilId, filters);
  const [consultations, proposals, duty] = await Promise.all([
    consultationCounts(db, councilId, period, filters),
    proposalCounts(ctx, period, filters),
    dutyCounts(db, councilId, period, filters),
  ]);
  return { period, filters, scope, figures: figureValues({ ...consultations, ...proposals, ...duty }, filters) };
}
export type FiguresReport = Awaited<ReturnType<typeof figures>>;
