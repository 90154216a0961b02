import { residentTopic } from "@cppcc/db";
import { Forbidden, scopeOf } from "@cppcc/domain";
import { and, eq, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { ownTownship } from "../../shared/own";

/** Residents' topics (with names and phones) are read by the office and by their own township's officer only. */
export function topicScope(ctx: SignedInContext): SQL {
  const inCouncil = eq(residentTopic.councilId, ctx.session.council.id);
  switch (scopeOf(ctx.actor.role, "residentTopic.read")) {
    case "council":
      return inCouncil;
    case "township":
      return and(inCouncil, eq(residentTopic.townshipId, ownTownship(ctx)))!;
    default:
      throw new Forbidden();
  }
}
