import { proposal, proposalAssignment, proposalCosigner, townshipGroup } from "@cppcc/db";
import { Forbidden, scopeOf, type Action } from "@cppcc/domain";
import { and, eq, exists, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { ownMember, ownTownship, ownUnit } from "../../shared/own";

/**
 * The proposals a signed-in person may touch under `action`, as a WHERE clause on `proposal`, so
 * nothing outside it is ever read:
 * - staff: the council's, but a member's draft only once submitted (drafts are the member's own
 *   until then), besides the paper proposals they are entering themselves;
 * - a liaison: submitted proposals counted for their township's member groups;
 * - a unit: those its unit is currently assigned;
 * - a member: those they lead (or write for a body), and those they were invited to co-sign and
 *   have not declined.
 */
export function proposalScope(ctx: SignedInContext, action: Action): SQL {
  const councilId = ctx.session.council.id;
  const inCouncil = eq(proposal.councilId, councilId);
  const submitted = ne(proposal.status, "draft");
  switch (scopeOf(ctx.actor.role, action)) {
    case "council":
      return and(inCouncil, or(submitted, eq(proposal.createdByAccountId, ctx.session.account.id)))!;
    case "township": {
      const groups = ctx.db.db
        .select({ id: townshipGroup.id })
        .from(townshipGroup)
        .where(and(eq(townshipGroup.councilId, councilId), eq(townshipGroup.townshipId, ownTownship(ctx))));
      return and(inCouncil, submitted, inArray(proposal.townshipGroupId, groups))!;
    }
    case "handlingUnit": {
      const unitId = ownUnit(ctx);
      return and(
        inCouncil,
        exists(
          ctx.db.db
            .select({ one: sql`1` })
            .from(proposalAssignment)
            .where(
              and(
                eq(proposalAssignment.proposalId, proposal.id),
                eq(proposalAssignment.handlingUnitId, unitId),
                eq(proposalAssignment.active, true),
              ),
            ),
        ),
      )!;
    }
    case "self": {
      const memberId = ownMember(ctx);
      return and(
        inCouncil,
        or(
          eq(proposal.leadMemberId, memberId),
          exists(
            ctx.db.db
              .select({ one: sql`1` })
              .from(proposalCosigner)
              .where(
                and(
                  eq(proposalCosigner.proposalId, proposal.id),
                  eq(proposalCosigner.memberId, memberId),
                  ne(proposalCosigner.status, "declined"),
                ),
              ),
          ),
        ),
      )!;
    }
    default:
      throw new Forbidden();
  }
}

export const notFoundMessage = "找不到该提案，或不在您的查看范围内";
