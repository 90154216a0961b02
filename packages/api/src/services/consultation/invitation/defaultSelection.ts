import { defaultInviteeSelection, resolveInvitees } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { draftOf, visibleConsultation } from "../shared/consultationRow";
import { inviteeCandidates, inviteeContext } from "./candidates";

/**
 * The members the format asks for (a deliberation: the township's group and its paired sectors; a
 * proposal-handling consultation: the proposers of its proposals), as a selection the invitation form starts from, with how many members it comes to.
 */
export async function defaultSelection({ ctx, input }: { ctx: SignedInContext; input: { consultationId: string } }) {
  const { db } = ctx.db;
  const row = await visibleConsultation(db, ctx, input.consultationId);
  assertCan(ctx, "invitation.manage", { townshipId: row.townshipId }, "邀请委员");
  const [context, candidates] = await Promise.all([
    inviteeContext(db, row.councilId, row),
    inviteeCandidates(db, row.councilId),
  ]);
  const selection = defaultInviteeSelection(draftOf(row), context);
  return { selection, memberCount: resolveInvitees(selection, candidates).length };
}
