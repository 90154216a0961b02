import { consultation, consultationAttendance, consultationInvitation, township, venue } from "@cppcc/db";
import { checkInWindow, consultationFormats, meetingTimeText, availableInvitationSteps } from "@cppcc/domain";
import { and, desc, eq, inArray, ne, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { olderThan, pageOf, timestampText } from "../shared/keyset";
import { consultationRules } from "../shared/rules";
import { today } from "../shared/today";
import type { MyInvitationsInput } from "./inputs";

/** The portal's list: the member's own invitations, newest first, with the meeting and the replies open to them. */
export async function myInvitations({ ctx, input }: { ctx: SignedInContext; input: MyInvitationsInput }) {
  // Checked first: a forged cursor is the same error for staff as for members.
  const older = olderThan(input.cursor, consultationInvitation.createdAt, consultationInvitation.id);
  // Staff hold the reply action to record replies for members; they have no invitations of their own.
  if (!ctx.actor.memberId) return { items: [], nextCursor: null };
  const memberId = ctx.actor.memberId;
  const where: (SQL | undefined)[] = [
    eq(consultationInvitation.councilId, ctx.session.council.id),
    eq(consultationInvitation.memberId, memberId),
    ne(consultationInvitation.state, "withdrawn"),
    // Invitations are sent from planning on; one left over from a draft stays out of sight.
    ne(consultation.state, "draft"),
    older,
  ];
  if (input.state) where.push(eq(consultationInvitation.state, input.state));
  if (input.upcoming) where.push(inArray(consultation.state, ["planned", "scheduled"]));
  const rows = await ctx.db.db
    .select({
      id: consultationInvitation.id,
      state: consultationInvitation.state,
      leaveReason: consultationInvitation.leaveReason,
      rejectReason: consultationInvitation.rejectReason,
      version: consultationInvitation.version,
      consultationId: consultation.id,
      councilId: consultation.councilId,
      title: consultation.title,
      formatCode: consultation.formatCode,
      townshipId: consultation.townshipId,
      townshipName: township.name,
      plannedDate: consultation.plannedDate,
      startTime: consultation.startTime,
      replyDeadline: consultation.replyDeadline,
      venue: consultation.venue,
      venueName: venue.name,
      venueAddress: venue.address,
      contactName: consultation.contactName,
      contactPhone: consultation.contactPhone,
      mode: consultation.mode,
      consultationState: consultation.state,
      checkedInAt: consultationAttendance.at,
      cursorKey: timestampText(consultationInvitation.createdAt),
    })
    .from(consultationInvitation)
    .innerJoin(consultation, eq(consultation.id, consultationInvitation.consultationId))
    .leftJoin(township, eq(township.id, consultation.townshipId))
    .leftJoin(venue, eq(venue.id, consultation.venueId))
    .leftJoin(
      consultationAttendance,
      and(eq(consultationAttendance.consultationId, consultation.id), eq(consultationAttendance.memberId, memberId)),
    )
    .where(and(...where))
    .orderBy(desc(consultationInvitation.createdAt), desc(consultationInvitation.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  const { checkInOpensMinutesBefore } = await consultationRules(ctx.db.db, ctx.session.council.id);
  const day = today(ctx.clock.now());
  return {
    ...page,
    items: page.items.map(({ cursorKey: _k, councilId, ...r }) => ({
      ...r,
      startTime: meetingTimeText(r.startTime),
      formatName: consultationFormats[r.formatCode].name,
      // When the member may check in; the portal shows 签到 only inside it (the server judges again).
      checkInWindow: checkInWindow(r, checkInOpensMinutesBefore),
      // The buttons the portal shows (accept, ask for leave); the server judges again on the reply.
      steps: availableInvitationSteps(ctx.actor, {
        state: r.state,
        councilId,
        townshipId: r.townshipId,
        memberId,
        consultationState: r.consultationState,
        replyDeadline: r.replyDeadline,
        today: day,
        checkedIn: r.checkedInAt != null,
      }),
    })),
  };
}
