import { consultation, consultationAttendance, consultationInvitation } from "@cppcc/db";
import { Forbidden, scopeOf } from "@cppcc/domain";
import { and, eq, exists, ne, or, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { ownMember, ownTownship } from "../../shared/own";

/**
 * The consultations a person may read, as a WHERE clause, so nothing outside it is ever fetched:
 * the council for the office, the own township for a liaison (never a city consultation), and
 * for a member the ones they are invited to or were marked present at.
 */
export function consultationScope(ctx: SignedInContext): SQL {
  const inCouncil = eq(consultation.councilId, ctx.session.council.id);
  switch (scopeOf(ctx.actor.role, "consultation.read")) {
    case "council":
      return inCouncil;
    case "township":
      return and(inCouncil, eq(consultation.townshipId, ownTownship(ctx)))!;
    case "self": {
      const memberId = ownMember(ctx);
      const { db } = ctx.db;
      const invited = db
        .select({ one: sql`1` })
        .from(consultationInvitation)
        .where(
          and(
            eq(consultationInvitation.consultationId, consultation.id),
            eq(consultationInvitation.memberId, memberId),
            ne(consultationInvitation.state, "withdrawn"),
          ),
        );
      const present = db
        .select({ one: sql`1` })
        .from(consultationAttendance)
        .where(and(eq(consultationAttendance.consultationId, consultation.id), eq(consultationAttendance.memberId, memberId)));
      // A draft may still change or never happen: members see a consultation once it is planned.
      return and(inCouncil, ne(consultation.state, "draft"), or(exists(invited), exists(present)))!;
    }
    default:
      throw new Forbidden();
  }
}
