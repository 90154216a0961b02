import { member, membership, type DbOrTx } from "@cppcc/db";
import { rosterLookups, rosterNames, type MemberPost, type RosterEntry } from "@cppcc/domain";
import { and, eq, isNull } from "drizzle-orm";
import { referenceNames } from "./names";

/** Names ↔ ids for the roster columns that refer to other records (界别, 专委会, 委员小组). */
export async function rosterReferenceMaps(db: DbOrTx, councilId: string) {
  const names = await referenceNames(db, councilId);
  const townshipNames = new Map(
    (await db.query.township.findMany({ where: (t, { eq: is }) => is(t.councilId, councilId) })).map((t) => [t.id, t.name]),
  );
  const lists = {
    sectors: names.sectors,
    committees: names.committees,
    // A sheet saying 当湖街道 finds 当湖街道委员小组.
    townshipGroups: names.groups.map((g) => ({ id: g.id, name: g.name, aliases: [townshipNames.get(g.townshipId) ?? ""].filter(Boolean) })),
  };
  return { lookups: rosterLookups(lists), names: rosterNames(lists) };
}

/** A term's members as roster entries by phone (for "unchanged" rows) and its one-holder posts. */
export async function termRoster(db: DbOrTx, councilId: string, termId: string) {
  const [members, committees] = await Promise.all([
    db.select().from(member).where(and(eq(member.termId, termId), eq(member.councilId, councilId))),
    db
      .select({ memberId: membership.memberId, targetId: membership.targetId })
      .from(membership)
      .innerJoin(member, eq(member.id, membership.memberId))
      .where(and(eq(member.termId, termId), eq(membership.kind, "committee"), isNull(membership.endDate))),
  ]);
  const committeeIds = new Map<string, string[]>();
  for (const c of committees) committeeIds.set(c.memberId, [...(committeeIds.get(c.memberId) ?? []), c.targetId]);
  const entries = new Map<string, RosterEntry>(
    members.map((m) => [
      m.phone,
      {
        name: m.name,
        gender: m.gender,
        birthDate: m.birthDate,
        ethnicity: m.ethnicity,
        partyAffiliation: m.partyAffiliation,
        sectorId: m.sectorId,
        committeeIds: committeeIds.get(m.id) ?? [],
        townshipGroupId: m.townshipGroupId,
        employerAndTitle: m.employerAndTitle,
        phone: m.phone,
        post: m.post,
      },
    ]),
  );
  const holders: Partial<Record<MemberPost, { name: string; phone: string }>> = {};
  for (const m of members) if (m.status === "active" && (m.post === "chair" || m.post === "secretaryGeneral")) holders[m.post] = m;
  return { entries, holders };
}
