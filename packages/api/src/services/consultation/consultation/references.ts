import { committee, consultationPlan, consultationPlanItem, handlingUnit, proposal, sector, township, venue, type DbOrTx } from "@cppcc/db";
import type { ConsultationDraft, Violation, VenueKind } from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";

/**
 * What the draft names must exist in this council (a form may be stale, a request forged): each
 * missing one is a violation at its field. Returns the named venue too, which the rules read.
 */
export async function checkReferences(db: DbOrTx, councilId: string, draft: ConsultationDraft) {
  const none = Promise.resolve([] as { id: string }[]);
  const [townships, committees, sectors, units, items, venues, proposals] = await Promise.all([
    draft.townshipId
      ? db.select({ id: township.id }).from(township).where(and(eq(township.councilId, councilId), eq(township.id, draft.townshipId)))
      : none,
    draft.leadCommitteeId
      ? db.select({ id: committee.id }).from(committee).where(and(eq(committee.councilId, councilId), eq(committee.id, draft.leadCommitteeId)))
      : none,
    draft.sectorIds.length > 0
      ? db.select({ id: sector.id }).from(sector).where(and(eq(sector.councilId, councilId), inArray(sector.id, draft.sectorIds)))
      : none,
    draft.handlingUnitIds.length > 0
      ? db
          .select({ id: handlingUnit.id })
          .from(handlingUnit)
          .where(and(eq(handlingUnit.councilId, councilId), eq(handlingUnit.active, true), inArray(handlingUnit.id, draft.handlingUnitIds)))
      : none,
    draft.planItemId
      ? db
          .select({ id: consultationPlanItem.id })
          .from(consultationPlanItem)
          .innerJoin(consultationPlan, eq(consultationPlan.id, consultationPlanItem.planId))
          .where(and(eq(consultationPlanItem.councilId, councilId), eq(consultationPlanItem.id, draft.planItemId), eq(consultationPlan.year, draft.year)))
      : none,
    draft.venueId
      ? db
          .select({ id: venue.id, kind: venue.kind, townshipId: venue.townshipId })
          .from(venue)
          .where(and(eq(venue.councilId, councilId), eq(venue.id, draft.venueId)))
      : Promise.resolve([] as { id: string; kind: VenueKind; townshipId: string | null }[]),
    draft.linkedProposalIds.length > 0
      ? db.select({ id: proposal.id }).from(proposal).where(and(eq(proposal.councilId, councilId), inArray(proposal.id, draft.linkedProposalIds)))
      : none,
  ]);
  const violations: Violation[] = [];
  const missing = (path: string, message: string) => violations.push({ path, message });
  if (draft.townshipId && townships.length === 0) missing("townshipId", "所选镇街道不存在，请重新选择");
  if (draft.leadCommitteeId && committees.length === 0) missing("leadCommitteeId", "所选牵头专委会不存在，请重新选择");
  if (sectors.length < draft.sectorIds.length) missing("sectorIds", "所选界别有的已不存在，请重新选择");
  if (units.length < draft.handlingUnitIds.length) missing("handlingUnitIds", "所选承办单位有的不存在或已撤销，请重新选择");
  if (draft.planItemId && items.length === 0) missing("planItemId", `所选计划项目不在 ${draft.year} 年度协商计划中，请重新选择`);
  if (proposals.length < draft.linkedProposalIds.length) missing("linkedProposalIds", "关联的提案有的不存在，请重新选择");
  if (draft.venueId && venues.length === 0) missing("venueId", "所选阵地不存在，请重新选择");
  const found = venues[0];
  return { violations, venue: found ? { kind: found.kind, townshipId: found.townshipId } : null };
}
