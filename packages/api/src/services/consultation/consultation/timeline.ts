import { account, timelineEntry } from "@cppcc/db";
import { and, asc, eq, isNull, ne, or } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { visibleConsultation } from "../shared/consultationRow";

/**
 * What happened to a consultation, oldest first, as the event seam wrote it: its own steps and the
 * steps taken on its invitations, attendance, speeches and suggestions. Whoever may open the
 * consultation may read it; a member reads the office's lines and their own, not other members'
 * check-ins and leave reasons.
 */
export async function consultationTimeline({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db } = ctx.db;
  const row = await visibleConsultation(db, ctx, input.id);
  const ownOrStaff =
    ctx.actor.role === "member" ? or(eq(timelineEntry.actorAccountId, ctx.session.account.id), isNull(account.id), ne(account.role, "member")) : undefined;
  return db
    .select({ id: timelineEntry.id, at: timelineEntry.at, label: timelineEntry.label, note: timelineEntry.note, actorName: timelineEntry.actorName })
    .from(timelineEntry)
    .leftJoin(account, eq(account.id, timelineEntry.actorAccountId))
    .where(and(eq(timelineEntry.councilId, row.councilId), eq(timelineEntry.entity, "consultation"), eq(timelineEntry.entityId, row.id), ownOrStaff))
    .orderBy(asc(timelineEntry.at), asc(timelineEntry.id));
}
