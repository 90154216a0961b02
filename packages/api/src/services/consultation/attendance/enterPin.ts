import { consultation, consultationAttendance, consultationCheckInPin, consultationInvitation } from "@cppcc/db";
import {
  attendanceMethodOf,
  checkInPinRetryMessage,
  checkInPinThrottle,
  checkInWindowProblem,
  Forbidden,
  pinCheckIn,
  RuleViolation,
  TooManyRequests,
  unwrapResult,
  type AttendanceRecord,
  type DomainError,
} from "@cppcc/domain";
import { and, asc, eq, gte, inArray, ne } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { memberParticipation, shareLockMeeting } from "../shared/participation";
import { consultationRules } from "../shared/rules";
import { today } from "../shared/today";
import { pinMatches } from "./pin";
import { lockPinThrottle, pinThrottleKeys, pinThrottleState, recordPinFailure } from "./pinThrottle";

/**
 * A member types the 6-digit code shown at the meeting. The code is matched only against the
 * meetings this member is invited to whose check-in window is open now, so two meetings may share
 * a code and a code alone names nothing. A wrong code is counted against the account and the
 * address; the count is committed with the refusal, which is thrown only after the transaction.
 */
export async function enterPin({ ctx, input }: { ctx: SignedInContext; input: { pin: string } }) {
  const memberId = ctx.actor.memberId;
  if (!memberId) throw new Forbidden("只有委员本人可以输入签到码签到；会务人员请使用手工登记出席");
  const outcome = await ctx.db.db.transaction(async (tx): Promise<{ refused: DomainError } | { refused: null; answer: CheckedIn }> => {
    const now = ctx.clock.now();
    const councilId = ctx.session.council.id;
    const keys = pinThrottleKeys(ctx.session.account.id, ctx.request.ip);
    await lockPinThrottle(tx, keys);
    const throttle = await pinThrottleState(tx, keys, now);
    if (throttle.retryAfter != null) return { refused: new TooManyRequests(throttle.retryAfter, checkInPinRetryMessage(throttle.retryAfter)) };

    const [candidates, { checkInOpensMinutesBefore }] = await Promise.all([
      tx
        .select({ consultation, pinHash: consultationCheckInPin.pinHash, invitationState: consultationInvitation.state })
        .from(consultationInvitation)
        .innerJoin(consultation, eq(consultation.id, consultationInvitation.consultationId))
        .leftJoin(consultationCheckInPin, eq(consultationCheckInPin.consultationId, consultation.id))
        .where(
          and(
            eq(consultationInvitation.councilId, councilId),
            eq(consultationInvitation.memberId, memberId),
            ne(consultationInvitation.state, "withdrawn"),
            inArray(consultation.state, ["scheduled", "held"]),
            // A window never leaves its meeting's day: only today's can be open, later ones say when they open.
            gte(consultation.plannedDate, today(now)),
          ),
        )
        .orderBy(asc(consultation.plannedDate), asc(consultation.startTime))
        .limit(20),
      consultationRules(tx, councilId),
    ]);
    const problemOf = (c: typeof consultation.$inferSelect) => checkInWindowProblem(c.state, c, checkInOpensMinutesBefore, now);
    const open = candidates.filter((r) => problemOf(r.consultation) == null);
    if (open.length === 0) {
      // Nothing open to guess against, so nothing to count: say when the next one opens, or whom to ask.
      const first = candidates[0]?.consultation;
      if (first?.plannedDate === today(now)) return { refused: new RuleViolation(problemOf(first)!) };
      const message = first ? `「${first.title}」${problemOf(first)}` : "您今天没有正在签到的会议；如在会场，请联系会务人员登记";
      return { refused: new RuleViolation(message) };
    }
    const matched = open.find((r) => r.pinHash != null && pinMatches(r.consultation.id, input.pin, r.pinHash));
    if (!matched) {
      await recordPinFailure(tx, keys, now);
      const left = checkInPinThrottle.maxPerAccount - throttle.accountFailures - 1;
      const hint = left > 0 ? `（还可再试 ${left} 次）` : "";
      return { refused: new RuleViolation(`签到码不正确，请核对会场屏幕上的 6 位数字后重新输入${hint}`) };
    }

    const c = matched.consultation;
    const [present] = await tx
      .select()
      .from(consultationAttendance)
      .where(and(eq(consultationAttendance.consultationId, c.id), eq(consultationAttendance.memberId, memberId)));
    const attendance: AttendanceRecord[] = present
      ? [{ memberId, method: attendanceMethodOf(present.source), at: present.at, markedBy: present.markedBy }]
      : [];
    const result = pinCheckIn(
      ctx.actor,
      { councilId, consultationState: c.state, meeting: c, opensMinutesBefore: checkInOpensMinutesBefore, invitationState: matched.invitationState, attendance },
      now,
    );
    unwrapResult(result);
    const answer = { consultationId: c.id, title: c.title };
    if (!result.ok || !result.changed) return { refused: null, answer: { ...answer, checkedInAt: present?.at ?? now, alreadyCheckedIn: true } };
    await shareLockMeeting(tx, c.id);
    const [row] = await tx
      .insert(consultationAttendance)
      .values({ councilId, consultationId: c.id, memberId, source: "code", at: now })
      .onConflictDoNothing()
      .returning();
    // Two requests racing: the other one recorded it.
    if (!row) return { refused: null, answer: { ...answer, checkedInAt: now, alreadyCheckedIn: true } };
    await recordEvent(tx, eventActor(ctx), {
      action: "checkIn.pin",
      entity: "consultation_attendance",
      entityId: row.id,
      after: row,
      occurredAt: now,
      timeline: { label: "签到码签到", of: { entity: "consultation", entityId: c.id } },
      duty: await memberParticipation(tx, c, memberId, now),
    });
    return { refused: null, answer: { ...answer, checkedInAt: row.at, alreadyCheckedIn: false } };
  });
  if (outcome.refused) throw outcome.refused;
  return outcome.answer;
}

type CheckedIn = { consultationId: string; title: string; checkedInAt: Date; alreadyCheckedIn: boolean };
