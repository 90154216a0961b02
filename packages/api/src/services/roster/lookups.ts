import { committee, handlingUnit, participatingUnit, sector, sectorPairing, term, termSession, township, townshipGroup } from "@cppcc/db";
import { asc, desc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";

/** The council's reference lists (terms, sectors, committees, groups, units): what forms and filters offer. */
export async function rosterLookups({ ctx }: { ctx: SignedInContext }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const [terms, sessions, sectors, committees, townships, groups, pairings, participatingUnits, handlingUnits] = await Promise.all([
    db.select().from(term).where(eq(term.councilId, councilId)).orderBy(desc(term.number)),
    db.select().from(termSession).where(eq(termSession.councilId, councilId)).orderBy(asc(termSession.number)),
    db.select().from(sector).where(eq(sector.councilId, councilId)).orderBy(asc(sector.sortOrder)),
    db.select().from(committee).where(eq(committee.councilId, councilId)).orderBy(asc(committee.sortOrder)),
    db.select().from(township).where(eq(township.councilId, councilId)).orderBy(asc(township.sortOrder)),
    db.select().from(townshipGroup).where(eq(townshipGroup.councilId, councilId)).orderBy(asc(townshipGroup.name)),
    db.select().from(sectorPairing).where(eq(sectorPairing.councilId, councilId)),
    db.select().from(participatingUnit).where(eq(participatingUnit.councilId, councilId)).orderBy(asc(participatingUnit.sortOrder)),
    db.select().from(handlingUnit).where(eq(handlingUnit.councilId, councilId)).orderBy(asc(handlingUnit.sortOrder)),
  ]);
  return {
    terms: terms.map((t) => ({ ...t, sessions: sessions.filter((s) => s.termId === t.id) })),
    sectors,
    committees,
    townships,
    townshipGroups: groups,
    sectorPairings: pairings,
    participatingUnits,
    handlingUnits,
  };
}
