import { consultationAttendance, member } from "@cppcc/db";
import { attendanceMethodOf, markAttendance, NotFound, unwrapResult, type AttendanceRecord } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockConsultation } from "../shared/consultationRow";
import { inviteWalkIn } from "../invitation/walkIn";
import { memberParticipation } from "../shared/participation";
import { consultationRules } from "../shared/rules";
import type { MarkAttendanceInput } from "./inputs";

/** The organiser marks a member present or absent by hand; marking what is already so changes nothing. */
export async function mark({ ctx, input }: { ctx: SignedInContext; input: MarkAttendanceInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, input.consultationId);
    const [[m], [present], { checkInOpensMinutesBefore }] = await Promise.all([
      tx.select({ id: member.id, name: member.name }).from(member).where(and(eq(member.id, input.memberId), eq(member.councilId, c.councilId))),
      tx
        .select()
        .from(consultationAttendance)
        .where(and(eq(consultationAttendance.consultationId, c.id), eq(consultationAttendance.memberId, input.memberId))),
      consultationRules(tx, c.councilId),
    ]);
    if (!m) throw new NotFound("找不到该委员，请刷新名单");
    const attendance: AttendanceRecord[] = present
      ? [{ memberId: m.id, method: attendanceMethodOf(present.source), at: present.at, markedBy: present.markedBy }]
      : [];
    const now = ctx.clock.now();
    const result = markAttendance(ctx.actor, c, checkInOpensMinutesBefore, attendance, { memberId: m.id, present: input.present }, now, ctx.session.account.id);
    unwrapResult(result);
    if (result.ok && !result.changed) return { memberId: m.id, present: input.present, changed: false };
    if (input.present) {
      await tx
        .insert(consultationAttendance)
        .values({ councilId: c.councilId, consultationId: c.id, memberId: m.id, source: "manual", at: now, markedBy: ctx.session.account.id })
        .onConflictDoNothing();
      await inviteWalkIn(tx, ctx, c, m.id, now);
    } else {
      await tx.delete(consultationAttendance).where(eq(consultationAttendance.id, present!.id));
    }
    await recordEvent(tx, eventActor(ctx), {
      action: input.present ? "attendance.markPresent" : "attendance.markAbsent",
      entity: "consultation",
      entityId: c.id,
      before: present ?? null,
      after: { memberId: m.id, present: input.present },
      occurredAt: now,
      timeline: { label: input.present ? "登记出席" : "撤销出席登记", note: m.name },
      duty: await memberParticipation(tx, c, m.id, now),
    });
    return { memberId: m.id, present: input.present, changed: true };
  });
}
