import { consultation, consultationAttendance, consultationInvitation } from "@cppcc/db";
import { invitationMachine, NotFound, transitionInvitation, type InvitationEvent } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { markNotificationsDone } from "../../notification/done";
import { notify } from "../../notification/notify";
import { decide } from "../shared/decide";
import { memberParticipation } from "../shared/participation";
import { today } from "../shared/today";
import type { InvitationDecisionInput, InvitationReplyInput } from "./inputs";

/**
 * A reply (accept, ask for leave) or a decision (grant or refuse leave, withdraw). A reply sent
 * twice is one reply. A granted leave goes into the duty record at once; so does its undoing.
 */
export async function transitionInvitationStep({ ctx, input }: { ctx: SignedInContext; input: InvitationReplyInput | InvitationDecisionInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ invitation: consultationInvitation, consultation })
      .from(consultationInvitation)
      .innerJoin(consultation, eq(consultation.id, consultationInvitation.consultationId))
      .where(and(eq(consultationInvitation.id, input.id), eq(consultationInvitation.councilId, ctx.session.council.id)))
      .for("update", { of: consultationInvitation });
    if (!found) throw new NotFound("找不到该邀请，可能已被撤回，请刷新");
    const { invitation: before, consultation: c } = found;
    const event = eventOf(input);
    const [present] = await tx
      .select({ id: consultationAttendance.id })
      .from(consultationAttendance)
      .where(and(eq(consultationAttendance.consultationId, c.id), eq(consultationAttendance.memberId, before.memberId)));
    const result = transitionInvitation(before.state, event, ctx.actor, {
      councilId: c.councilId,
      townshipId: c.townshipId,
      memberId: before.memberId,
      consultationState: c.state,
      replyDeadline: c.replyDeadline,
      today: today(ctx.clock.now()),
      checkedIn: present != null,
    });
    const { state, changed } = decide(result, before.version, input.version, "invitation");
    if (!changed) return before;
    const [after] = await tx
      .update(consultationInvitation)
      .set({
        state,
        ...(event.type === "requestLeave" && { leaveReason: event.reason }),
        ...(event.type === "rejectLeave" && { rejectReason: event.reason }),
        ...((event.type === "accept" || event.type === "requestLeave") && { repliedAt: ctx.clock.now() }),
        version: sql`${consultationInvitation.version} + 1`,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(consultationInvitation.id, before.id))
      .returning();
    const now = ctx.clock.now();
    if (after!.state !== "invited") {
      await markNotificationsDone(tx, { councilId: c.councilId, entity: "consultation_invitation", id: before.id, kinds: ["consultation.invited"] }, now);
    }
    const decided = event.type === "approveLeave" || event.type === "rejectLeave";
    await recordEvent(tx, eventActor(ctx), {
      action: `invitation.${event.type}`,
      entity: "consultation_invitation",
      entityId: before.id,
      before,
      after,
      occurredAt: now,
      timeline: { label: invitationMachine.rules[event.type].label, note: "reason" in event ? event.reason : null, of: { entity: "consultation", entityId: c.id } },
      duty: await memberParticipation(tx, c, before.memberId, now),
      outbox: decided
        ? [
            notify(
              c.councilId,
              "consultation.leaveDecided",
              `consultation.leaveDecided:${before.id}:${after!.version}`,
              { invitationId: before.id, consultationId: c.id, approved: event.type === "approveLeave", reason: event.type === "rejectLeave" ? event.reason : null },
              now,
            ),
          ]
        : [],
    });
    return after!;
  });
}

function eventOf(input: InvitationReplyInput | InvitationDecisionInput): InvitationEvent {
  switch (input.type) {
    case "requestLeave":
    case "rejectLeave":
      return { type: input.type, reason: input.reason };
    default:
      return { type: input.type };
  }
}
