import { committee, handlingUnit, member, participatingUnit, sector, term, termSession, townshipGroup, type DbOrTx } from "@cppcc/db";
import { sessionLabel, type ProposerKind } from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";

/** Names of the members on a page, in one query. */
export async function memberNames(db: DbOrTx, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: member.id, name: member.name }).from(member).where(inArray(member.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The council's handling units by id, with the short name lists print (市住建局). */
export async function unitNames(db: DbOrTx, councilId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: handlingUnit.id, shortName: handlingUnit.shortName }).from(handlingUnit).where(eq(handlingUnit.councilId, councilId));
  return new Map(rows.map((r) => [r.id, r.shortName]));
}

/** 第十三届第二次会议 for each session of the council. */
export async function sessionLabels(db: DbOrTx, councilId: string) {
  const rows = await db
    .select({ id: termSession.id, number: termSession.number, termNumber: term.number, termId: term.id, startDate: termSession.startDate, endDate: termSession.endDate })
    .from(termSession)
    .innerJoin(term, eq(term.id, termSession.termId))
    .where(eq(termSession.councilId, councilId));
  return new Map(rows.map((r) => [r.id, { ...r, label: sessionLabel(r.number, r.termNumber) }]));
}

const bodyTables = {
  participatingUnit,
  sector,
  townshipGroup,
  committee,
} as const;

/** Names of the collective proposers on a page: one query per kind present, never one per row. */
export async function bodyNames(db: DbOrTx, councilId: string, rows: readonly { proposerKind: ProposerKind; proposerBodyId: string | null }[]) {
  const names = new Map<string, string>();
  for (const [kind, table] of Object.entries(bodyTables)) {
    const ids = [...new Set(rows.filter((r) => r.proposerKind === kind && r.proposerBodyId).map((r) => r.proposerBodyId!))];
    if (ids.length === 0) continue;
    const found = await db.select({ id: table.id, name: table.name }).from(table).where(and(eq(table.councilId, councilId), inArray(table.id, ids)));
    for (const f of found) names.set(f.id, f.name);
  }
  return names;
}
