import { account, committee, handlingUnit, member, sector, term, termSession, township, townshipGroup, type DbHandle } from "@cppcc/db";
import { createRng, type Rng } from "@cppcc/db/seed";
import { and, asc, desc, eq, lte } from "drizzle-orm";
import { callerFor, type DemoCaller } from "./actors";
import type { DemoClock } from "./clock";

/** What every scenario of the demo year works with: the people who act and the roster's ids. */
export type DemoWorld = {
  db: DbHandle;
  councilId: string;
  clock: DemoClock;
  rng: Rng;
  admin: DemoCaller;
  liaison: DemoCaller;
  handler: DemoCaller;
  member: DemoCaller;
  /** The member behind the `member` login. */
  me: string;
  /** Active members of the term other than the demo member, in a stable order. */
  others: { id: string; name: string; townshipId: string }[];
  /** The session whose proposals the year handles: the latest plenary on or before today. */
  sessionId: string;
  unit: (shortName: string) => string;
  committee: (name: string) => string;
  sectorIds: string[];
  /** The liaison's township and the others. */
  liaisonTownshipId: string;
  townshipIds: string[];
};

function lookup(rows: { id: string; key: string }[], what: string) {
  const map = new Map(rows.map((r) => [r.key, r.id]));
  return (key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`演示城市缺少${what}「${key}」`);
    return id;
  };
}

/** A seed from the day, so the same day always writes the same year. */
function seedOf(day: string): number {
  return [...day].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
}

export async function loadWorld(db: DbHandle, councilId: string, clock: DemoClock): Promise<DemoWorld> {
  const q = db.db;
  const as = (username: string) => callerFor(db, councilId, username, clock);
  const [memberAccount] = await q
    .select({ memberId: account.memberId, townshipId: account.townshipId })
    .from(account)
    .where(and(eq(account.councilId, councilId), eq(account.username, "member")));
  const [liaisonAccount] = await q
    .select({ townshipId: account.townshipId })
    .from(account)
    .where(and(eq(account.councilId, councilId), eq(account.username, "liaison")));
  const me = memberAccount?.memberId;
  const liaisonTownshipId = liaisonAccount?.townshipId;
  if (!me || !liaisonTownshipId) throw new Error("演示城市缺少委员或联络员账号");

  const [session] = await q
    .select({ id: termSession.id })
    .from(termSession)
    .innerJoin(term, eq(term.id, termSession.termId))
    .where(and(eq(termSession.councilId, councilId), lte(termSession.startDate, clock.today)))
    .orderBy(desc(termSession.startDate))
    .limit(1);
  if (!session) throw new Error("演示城市没有已召开的全体会议，无法生成年度数据");

  const members = await q
    .select({ id: member.id, name: member.name, townshipId: townshipGroup.townshipId })
    .from(member)
    .innerJoin(townshipGroup, eq(townshipGroup.id, member.townshipGroupId))
    .where(and(eq(member.councilId, councilId), eq(member.status, "active")))
    .orderBy(asc(member.namePinyin), asc(member.name));
  const units = await q.select({ id: handlingUnit.id, key: handlingUnit.shortName }).from(handlingUnit).where(eq(handlingUnit.councilId, councilId));
  const committees = await q.select({ id: committee.id, key: committee.name }).from(committee).where(eq(committee.councilId, councilId));
  const sectors = await q.select({ id: sector.id }).from(sector).where(eq(sector.councilId, councilId)).orderBy(asc(sector.sortOrder));
  const townships = await q.select({ id: township.id }).from(township).where(eq(township.councilId, councilId)).orderBy(asc(township.sortOrder));

  return {
    db,
    councilId,
    clock,
    rng: createRng(seedOf(clock.today)),
    admin: await as("admin"),
    liaison: await as("liaison"),
    handler: await as("handler"),
    member: await as("member"),
    me,
    others: members.filter((m) => m.id !== me),
    sessionId: session.id,
    unit: lookup(units, "承办单位"),
    committee: lookup(committees, "专委会"),
    sectorIds: sectors.map((s) => s.id),
    liaisonTownshipId,
    townshipIds: townships.map((t) => t.id),
  };
}
