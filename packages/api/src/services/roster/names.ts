import { committee, membership, sector, termSession, townshipGroup, type DbOrTx } from "@cppcc/db";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";

/** Names of a council's reference records, for showing ids and for the Excel columns. */
export async function referenceNames(db: DbOrTx, councilId: string) {
  const [sectors, committees, groups] = await Promise.all([
    db.select({ id: sector.id, name: sector.name }).from(sector).where(eq(sector.councilId, councilId)).orderBy(asc(sector.sortOrder)),
    db
      .select({ id: committee.id, name: committee.name })
      .from(committee)
      .where(eq(committee.councilId, councilId))
      .orderBy(asc(committee.sortOrder)),
    db
      .select({ id: townshipGroup.id, name: townshipGroup.name, townshipId: townshipGroup.townshipId })
      .from(townshipGroup)
      .where(eq(townshipGroup.councilId, councilId)),
  ]);
  return { sectors, committees, groups };
}

/** The current committees of a page of members, in one query (never one per member). */
export async function currentCommittees(db: DbOrTx, memberIds: string[]): Promise<Map<string, string[]>> {
  const byMember = new Map<string, string[]>();
  if (memberIds.length === 0) return byMember;
  const rows = await db
    .select({ memberId: membership.memberId, targetId: membership.targetId })
    .from(membership)
    .where(and(inArray(membership.memberId, memberIds), eq(membership.kind, "committee"), isNull(membership.endDate)));
  for (const r of rows) byMember.set(r.memberId, [...(byMember.get(r.memberId) ?? []), r.targetId]);
  return byMember;
}

export async function sessionsOf(db: DbOrTx, termId: string) {
  return db.select().from(termSession).where(eq(termSession.termId, termId)).orderBy(asc(termSession.number));
}
