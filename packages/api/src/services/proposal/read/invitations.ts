import { proposal, proposalCosigner } from "@cppcc/db";
import { and, asc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { memberNames, sessionLabels } from "./names";

/**
 * 待确认的联名邀请: drafts of others that name this member as a co-signer and await an answer.
 * Staff have no member record and so no invitations.
 */
export async function myInvitations({ ctx }: { ctx: SignedInContext }) {
  const memberId = ctx.actor.memberId;
  if (!memberId) return [];
  const { db } = ctx.db;
  const rows = await db
    .select({
      id: proposal.id,
      title: proposal.title,
      sessionId: proposal.sessionId,
      leadMemberId: proposal.leadMemberId,
      invitedAt: proposalCosigner.invitedAt,
    })
    .from(proposalCosigner)
    .innerJoin(proposal, eq(proposal.id, proposalCosigner.proposalId))
    .where(
      and(
        eq(proposalCosigner.memberId, memberId),
        eq(proposalCosigner.status, "invited"),
        eq(proposal.councilId, ctx.session.council.id),
        eq(proposal.status, "draft"),
      ),
    )
    .orderBy(asc(proposalCosigner.invitedAt));
  const [names, sessions] = await Promise.all([memberNames(db, rows.map((r) => r.leadMemberId)), sessionLabels(db, ctx.session.council.id)]);
  return rows.map((r) => ({
    ...r,
    leadMemberName: r.leadMemberId ? (names.get(r.leadMemberId) ?? "") : "",
    sessionLabel: sessions.get(r.sessionId)?.label ?? "",
  }));
}
