import { committee, member, membership, sector, townshipGroup, type DbOrTx } from "@cppcc/db";
import { and, asc, eq, isNull } from "drizzle-orm";

/** Who the member is on paper (the printed annual record's heading): sector, township group and current committees. */
export async function memberIdentity(db: DbOrTx, councilId: string, memberId: string) {
  const [row] = await db
    .select({ sector: sector.name, townshipGroup: townshipGroup.name })
    .from(member)
    .innerJoin(sector, and(eq(sector.councilId, member.councilId), eq(sector.id, member.sectorId)))
    .innerJoin(townshipGroup, and(eq(townshipGroup.councilId, member.councilId), eq(townshipGroup.id, member.townshipGroupId)))
    .where(and(eq(member.councilId, councilId), eq(member.id, memberId)));
  const committees = await db
    .select({ name: committee.name })
    .from(membership)
    .innerJoin(committee, and(eq(committee.councilId, membership.councilId), eq(committee.id, membership.targetId)))
    .where(and(eq(membership.councilId, councilId), eq(membership.memberId, memberId), eq(membership.kind, "committee"), isNull(membership.endDate)))
    .orderBy(asc(committee.sortOrder), asc(committee.name));
  return { sector: row?.sector ?? null, townshipGroup: row?.townshipGroup ?? null, committees: committees.map((c) => c.name) };
}
