import { member, membership, proposal, proposalCosigner, sectorPairing, term, townshipGroup, type DbOrTx } from "@cppcc/db";
import type { InviteeCandidate, InviteeContext } from "@cppcc/domain";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";

/** The current term's members with their current committees, as the invitee rules read them (two queries). */
export async function inviteeCandidates(db: DbOrTx, councilId: string): Promise<InviteeCandidate[]> {
  const [latest] = await db.select({ id: term.id }).from(term).where(eq(term.councilId, councilId)).orderBy(desc(term.number)).limit(1);
  if (!latest) return [];
  const [members, committees] = await Promise.all([
    db
      .select({ id: member.id, post: member.post, status: member.status, sectorId: member.sectorId, townshipGroupId: member.townshipGroupId })
      .from(member)
      .where(eq(member.termId, latest.id))
      .orderBy(member.namePinyin, member.id),
    db
      .select({ memberId: membership.memberId, committeeId: membership.targetId })
      .from(membership)
      .where(and(eq(membership.councilId, councilId), eq(membership.kind, "committee"), isNull(membership.endDate))),
  ]);
  const byMember = new Map<string, string[]>();
  for (const c of committees) byMember.set(c.memberId, [...(byMember.get(c.memberId) ?? []), c.committeeId]);
  return members.map((m) => ({ ...m, committeeIds: byMember.get(m.id) ?? [] }));
}

/**
 * What the default invitees need beyond the draft: a township's member groups and the sectors
 * paired with them (结对界别), and the proposers (first proposer and confirmed co-signers) of the
 * proposals it is linked to.
 */
export async function inviteeContext(
  db: DbOrTx,
  councilId: string,
  c: { townshipId: string | null; linkedProposalIds: readonly string[] },
): Promise<InviteeContext> {
  const [groups, leads, cosigners] = await Promise.all([
    c.townshipId
      ? db
          .select({ id: townshipGroup.id })
          .from(townshipGroup)
          .where(and(eq(townshipGroup.councilId, councilId), eq(townshipGroup.townshipId, c.townshipId)))
      : [],
    c.linkedProposalIds.length
      ? db
          .select({ memberId: proposal.leadMemberId })
          .from(proposal)
          .where(and(eq(proposal.councilId, councilId), inArray(proposal.id, [...c.linkedProposalIds])))
      : [],
    c.linkedProposalIds.length
      ? db
          .select({ memberId: proposalCosigner.memberId })
          .from(proposalCosigner)
          .where(
            and(
              eq(proposalCosigner.councilId, councilId),
              inArray(proposalCosigner.proposalId, [...c.linkedProposalIds]),
              eq(proposalCosigner.status, "confirmed"),
            ),
          )
      : [],
  ]);
  const groupIds = groups.map((g) => g.id);
  const pairings = groupIds.length
    ? await db.select({ sectorId: sectorPairing.sectorId }).from(sectorPairing).where(inArray(sectorPairing.townshipGroupId, groupIds))
    : [];
  const proposerIds = [...leads, ...cosigners].flatMap((p) => (p.memberId ? [p.memberId] : []));
  return { townshipGroupIds: groupIds, pairedSectorIds: [...new Set(pairings.map((p) => p.sectorId))], proposerIds: [...new Set(proposerIds)] };
}
