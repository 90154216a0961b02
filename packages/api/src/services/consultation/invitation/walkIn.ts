import { consultationInvitation, type DbOrTx } from "@cppcc/db";
import { walkInInvitation } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";

/**
 * A member registered present by hand without a live invitation gets one, accepted, in the same
 * transaction (and its own audit row): the invitation list then shows everyone who came, and the
 * portal shows the member the meeting they attended.
 */
export async function inviteWalkIn(tx: DbOrTx, ctx: SignedInContext, c: { id: string; councilId: string }, memberId: string, now: Date): Promise<void> {
  const [current] = await tx
    .select()
    .from(consultationInvitation)
    .where(and(eq(consultationInvitation.consultationId, c.id), eq(consultationInvitation.memberId, memberId)))
    .for("update");
  const state = walkInInvitation(current?.state ?? null);
  if (state == null) return;
  const [after] = current
    ? await tx
        .update(consultationInvitation)
        .set({ state, leaveReason: null, rejectReason: null, repliedAt: now, version: sql`${consultationInvitation.version} + 1`, updatedAt: now })
        .where(eq(consultationInvitation.id, current.id))
        .returning()
    : await tx
        .insert(consultationInvitation)
        .values({ councilId: c.councilId, consultationId: c.id, memberId, state, repliedAt: now, invitedBy: ctx.session.account.id })
        // Two officers registering the same member at once: the other's invitation stands.
        .onConflictDoNothing()
        .returning();
  if (!after) return;
  await recordEvent(tx, eventActor(ctx), {
    action: "invitation.walkIn",
    entity: "consultation_invitation",
    entityId: after.id,
    before: current ?? null,
    after,
    occurredAt: now,
  });
}
