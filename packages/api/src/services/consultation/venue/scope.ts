import { venue } from "@cppcc/db";
import { Forbidden, scopeOf } from "@cppcc/domain";
import { and, eq, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { ownTownship } from "../../shared/own";

/** Venues are public places for the office and members; a liaison keeps (and lists) their own township's. */
export function venueScope(ctx: SignedInContext): SQL {
  const inCouncil = eq(venue.councilId, ctx.session.council.id);
  switch (scopeOf(ctx.actor.role, "venue.read")) {
    case "council":
      return inCouncil;
    case "township":
      return and(inCouncil, eq(venue.townshipId, ownTownship(ctx)))!;
    default:
      throw new Forbidden();
  }
}
