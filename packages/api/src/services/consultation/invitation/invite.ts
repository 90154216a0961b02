import { consultationInvitation, type DbOrTx } from "@cppcc/db";
import { invitationListProblem, resolveInvitees, RuleViolation } from "@cppcc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { notifyInvited } from "../../notification/notify";
import { lockConsultation, type ConsultationRow } from "../shared/consultationRow";
import { inviteeCandidates } from "./candidates";
import type { InviteInput } from "./inputs";

/**
 * Invites the members a selection resolves to. Inviting someone already invited changes nothing,
 * so the form may be sent twice; a withdrawn invitation is renewed.
 */
export async function inviteMembers({ ctx, input }: { ctx: SignedInContext; input: InviteInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "invitation.manage", { townshipId: row.townshipId }, "邀请委员");
    const closed = invitationListProblem(row.state);
    if (closed) throw new RuleViolation(closed);
    const memberIds = resolveInvitees(input.selection, await inviteeCandidates(tx, row.councilId));
    if (memberIds.length === 0) throw new RuleViolation([{ path: "selection", message: "所选范围内没有在任委员，请调整邀请范围" }]);

    const result = await addInvitations(tx, ctx, row, memberIds);
    await recordEvent(tx, eventActor(ctx), {
      action: "invitation.invite",
      entity: "consultation",
      entityId: row.id,
      after: { selection: input.selection, ...result },
      occurredAt: ctx.clock.now(),
      timeline: { label: "邀请委员", note: `新邀请 ${result.invited} 人，恢复邀请 ${result.renewed} 人` },
      outbox: result.invited + result.renewed > 0 ? [notifyInvited(row.councilId, row.id, ctx.clock.now())] : [],
    });
    return result;
  });
}

/** Invitations for these members; those already invited are left as they are, withdrawn ones renewed. */
export async function addInvitations(tx: DbOrTx, ctx: SignedInContext, row: ConsultationRow, memberIds: string[]) {
  const inserted = await tx
    .insert(consultationInvitation)
    .values(memberIds.map((memberId) => ({ councilId: row.councilId, consultationId: row.id, memberId, invitedBy: ctx.session.account.id })))
    .onConflictDoNothing()
    .returning({ id: consultationInvitation.id });
  const renewed = await tx
    .update(consultationInvitation)
    .set({ state: "invited", leaveReason: null, rejectReason: null, repliedAt: null, version: sql`${consultationInvitation.version} + 1`, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(consultationInvitation.consultationId, row.id),
        eq(consultationInvitation.state, "withdrawn"),
        inArray(consultationInvitation.memberId, memberIds),
      ),
    )
    .returning({ id: consultationInvitation.id });
  return { invited: inserted.length, renewed: renewed.length, alreadyInvited: memberIds.length - inserted.length - renewed.length };
}
