import { member, membership, sectorPairing, term, townshipGroup, type DbOrTx } from "@cppcc/db";
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

/** A township's member groups and the sectors paired with them (结对界别), for a deliberation's default invitees. */
export async function townshipInviteeContext(db: DbOrTx, councilId: string, townshipId: string | null): Promise<InviteeContext> {
  if (!townshipId) return { townshipGroupIds: [], pairedSectorIds: [], proposerIds: [] };
  const groups = await db
    .select({ id: townshipGroup.id })
    .from(townshipGroup)
    .where(and(eq(townshipGroup.councilId, councilId), eq(townshipGroup.townshipId, townshipId)));
  const groupIds = groups.map((g) => g.id);
  const pairings = groupIds.length
    ? await db.select({ sectorId: sectorPairing.sectorId }).from(sectorPairing).where(inArray(sectorPairing.townshipGroupId, groupIds))
    : [];
  // Proposers of linked proposals join once proposals have their table; until then the organiser names them.
  return { townshipGroupIds: groupIds, pairedSectorIds: [...new Set(pairings.map((p) => p.sectorId))], proposerIds: [] };
}
