import { consultationSuggestion } from "@cppcc/db";
import { Forbidden, scopeOf } from "@cppcc/domain";
import { and, eq, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { ownMember, ownTownship, ownUnit } from "../../shared/own";

/**
 * The suggestions a person may read, in SQL: the council for the office, the own township for a
 * liaison, those routed to the own unit for a handler (no longer once sent back), and a member's own.
 */
export function suggestionScope(ctx: SignedInContext): SQL {
  const inCouncil = eq(consultationSuggestion.councilId, ctx.session.council.id);
  switch (scopeOf(ctx.actor.role, "suggestion.read")) {
    case "council":
      return inCouncil;
    case "township":
      return and(inCouncil, eq(consultationSuggestion.townshipId, ownTownship(ctx)))!;
    case "handlingUnit":
      return and(inCouncil, eq(consultationSuggestion.handlingUnitId, ownUnit(ctx)))!;
    case "self":
      return and(inCouncil, eq(consultationSuggestion.authorMemberId, ownMember(ctx)))!;
    default:
      throw new Forbidden();
  }
}
