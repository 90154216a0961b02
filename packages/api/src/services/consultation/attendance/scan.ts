import { consultation, consultationAttendance, consultationCheckInCode, consultationInvitation } from "@cppcc/db";
import { attendanceMethodOf, Forbidden, RuleViolation, scanCheckIn, unwrapResult, type AttendanceRecord } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { memberParticipation, shareLockMeeting } from "../shared/participation";
import { consultationRules } from "../shared/rules";
import { checkInTokenHash } from "./code";

/**
 * A member scans the organiser's code. Scanning again (or a retried request) answers success and
 * records nothing new: attendance is unique per member and consultation, and its duty entry stays one.
 */
export async function scan({ ctx, input }: { ctx: SignedInContext; input: { token: string } }) {
  const memberId = ctx.actor.memberId;
  // The domain's own words; without a member there is nothing to look up for it to judge.
  if (!memberId) throw new Forbidden("只有委员本人可以扫码签到；会务人员请使用手工登记出席");
  return ctx.db.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ code: consultationCheckInCode, consultation })
      .from(consultationCheckInCode)
      .innerJoin(consultation, eq(consultation.id, consultationCheckInCode.consultationId))
      .where(and(eq(consultationCheckInCode.tokenHash, checkInTokenHash(input.token)), eq(consultationCheckInCode.councilId, ctx.session.council.id)));
    if (!found) throw new RuleViolation("签到码无效，请扫描会场屏幕上最新的二维码");
    const { code, consultation: c } = found;
    const [[invitation], [present], { checkInOpensMinutesBefore }] = await Promise.all([
      tx
        .select({ state: consultationInvitation.state })
        .from(consultationInvitation)
        .where(and(eq(consultationInvitation.consultationId, c.id), eq(consultationInvitation.memberId, memberId))),
      tx
        .select()
        .from(consultationAttendance)
        .where(and(eq(consultationAttendance.consultationId, c.id), eq(consultationAttendance.memberId, memberId))),
      consultationRules(tx, c.councilId),
    ]);
    const attendance: AttendanceRecord[] = present
      ? [{ memberId, method: attendanceMethodOf(present.source), at: present.at, markedBy: present.markedBy }]
      : [];
    const now = ctx.clock.now();
    const result = scanCheckIn(
      ctx.actor,
      {
        councilId: c.councilId,
        code: { consultationId: c.id, token: input.token, issuedAt: code.issuedAt, expiresAt: code.expiresAt },
        consultationState: c.state,
        meeting: c,
        opensMinutesBefore: checkInOpensMinutesBefore,
        invitationState: invitation?.state ?? null,
        attendance,
      },
      now,
    );
    unwrapResult(result);
    const answer = { consultationId: c.id, title: c.title };
    if (!result.ok || !result.changed) return { ...answer, checkedInAt: present?.at ?? now, alreadyCheckedIn: true };
    await shareLockMeeting(tx, c.id);
    const [row] = await tx
      .insert(consultationAttendance)
      .values({ councilId: c.councilId, consultationId: c.id, memberId, source: "scan", at: now })
      .onConflictDoNothing()
      .returning();
    // Two scans racing: the other one recorded it.
    if (!row) return { ...answer, checkedInAt: now, alreadyCheckedIn: true };
    await recordEvent(tx, eventActor(ctx), {
      action: "checkIn.scan",
      entity: "consultation_attendance",
      entityId: row.id,
      after: row,
      occurredAt: now,
      timeline: { label: "扫码签到", of: { entity: "consultation", entityId: c.id } },
      duty: await memberParticipation(tx, c, memberId, now),
    });
    return { ...answer, checkedInAt: row.at, alreadyCheckedIn: false };
  });
}
