import { committee, member, participatingUnit, sector, townshipGroup, type DbOrTx } from "@cppcc/db";
import { isUuid, RuleViolation, type Proposer } from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";

/** Where the proposer is kept on the row, and who the proposal counts for (statistics, a liaison's township). */
export type ProposerRefs = {
  leadMemberId: string | null;
  proposerBodyId: string | null;
  sectorId: string | null;
  committeeId: string | null;
  townshipGroupId: string | null;
};

/**
 * Checks that every member named is an active member of the session's term and that a collective
 * proposer is one of the council's bodies, and works out the attribution: a member's proposal
 * counts for the first proposer's sector and township group; a sector's, committee's or group's
 * for that body; a participating unit's for none of them.
 */
export async function proposerRefs(
  db: DbOrTx,
  councilId: string,
  termId: string,
  proposer: Proposer,
  cosignerIds: readonly string[] = [],
): Promise<ProposerRefs> {
  const lead = proposer.kind === "member" || proposer.kind === "joint" ? proposer.memberId : proposer.contactMemberId;
  const members = await activeMembers(db, councilId, termId, [...(lead ? [lead] : []), ...cosignerIds]);
  const leadRow = lead ? members.get(lead) : undefined;
  const refs: ProposerRefs = { leadMemberId: lead, proposerBodyId: null, sectorId: null, committeeId: null, townshipGroupId: null };
  switch (proposer.kind) {
    case "member":
    case "joint":
      return { ...refs, sectorId: leadRow!.sectorId, townshipGroupId: leadRow!.townshipGroupId };
    case "participatingUnit":
      await mustExist(db, participatingUnit, councilId, proposer.participatingUnitId, "所选党派团体不存在");
      return { ...refs, proposerBodyId: proposer.participatingUnitId };
    case "sector":
      await mustExist(db, sector, councilId, proposer.sectorId, "所选界别不存在");
      return { ...refs, proposerBodyId: proposer.sectorId, sectorId: proposer.sectorId };
    case "townshipGroup":
      await mustExist(db, townshipGroup, councilId, proposer.townshipGroupId, "所选委员小组不存在");
      return { ...refs, proposerBodyId: proposer.townshipGroupId, townshipGroupId: proposer.townshipGroupId };
    case "committee":
      await mustExist(db, committee, councilId, proposer.committeeId, "所选专委会不存在");
      return { ...refs, proposerBodyId: proposer.committeeId, committeeId: proposer.committeeId };
  }
}

/** The named members, each checked to be an active member of the term; refuses naming those who are not. */
export async function activeMembers(db: DbOrTx, councilId: string, termId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !isUuid(id))) throw new RuleViolation("所选委员无效，请重新选择");
  const rows =
    unique.length === 0
      ? []
      : await db
          .select({ id: member.id, name: member.name, sectorId: member.sectorId, townshipGroupId: member.townshipGroupId })
          .from(member)
          .where(and(eq(member.councilId, councilId), eq(member.termId, termId), eq(member.status, "active"), inArray(member.id, unique)));
  if (rows.length !== unique.length) throw new RuleViolation("所选委员中有人不是本届在册委员，请重新选择");
  return new Map(rows.map((r) => [r.id, r]));
}

type BodyTable = typeof participatingUnit | typeof sector | typeof townshipGroup | typeof committee;

async function mustExist(db: DbOrTx, table: BodyTable, councilId: string, id: string, message: string) {
  if (!isUuid(id)) throw new RuleViolation(message);
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.councilId, councilId), eq(table.id, id)))
    .limit(1);
  if (!row) throw new RuleViolation(message);
}
