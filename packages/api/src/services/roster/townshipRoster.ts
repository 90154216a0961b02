import { member, sector, sectorPairing, township, townshipGroup } from "@cppcc/db";
import { Forbidden, NotFound, RuleViolation, sectorGroupLabel } from "@cppcc/domain";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { resolveTermId } from "./currentTerm";
import { ownTownship } from "../shared/own";

/**
 * A township as its liaison officer sees it: its member group(s) and the sector groups paired
 * with them (结对联系), with how many active members of the current term each has (members of
 * earlier terms stay in the table with their history). The members themselves come
 * from roster.members.list, which the liaison's scope already limits to this township.
 */
export async function townshipRoster({ ctx, input }: { ctx: SignedInContext; input: { townshipId?: string } }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const townshipId = ctx.actor.role === "liaison" ? ownTownship(ctx) : input.townshipId;
  if (!townshipId) throw new RuleViolation([{ path: "townshipId", message: "请选择镇街道" }]);
  if (ctx.actor.role === "liaison" && input.townshipId && input.townshipId !== townshipId) throw new Forbidden("只能查看本镇街道的名册");

  const [t] = await db.select().from(township).where(and(eq(township.id, townshipId), eq(township.councilId, councilId)));
  if (!t) throw new NotFound("找不到该镇街道");
  const termId = await resolveTermId(db, councilId);
  const counted = and(eq(member.termId, termId), eq(member.status, "active"));
  const groups = await db
    .select({ id: townshipGroup.id, name: townshipGroup.name, members: count(member.id) })
    .from(townshipGroup)
    .leftJoin(member, and(eq(member.townshipGroupId, townshipGroup.id), counted))
    .where(eq(townshipGroup.townshipId, townshipId))
    .groupBy(townshipGroup.id, townshipGroup.name);
  const groupIds = groups.map((g) => g.id);
  const paired =
    groupIds.length === 0
      ? []
      : await db
          .select({
            sectorId: sector.id,
            sectorName: sector.name,
            groupNumber: sector.groupNumber,
            groupName: sector.groupName,
            members: count(member.id),
          })
          .from(sectorPairing)
          .innerJoin(sector, eq(sector.id, sectorPairing.sectorId))
          .leftJoin(member, and(eq(member.sectorId, sector.id), counted))
          .where(inArray(sectorPairing.townshipGroupId, groupIds))
          .groupBy(sector.id, sector.name, sector.groupNumber, sector.groupName)
          .orderBy(asc(sector.groupNumber), asc(sector.name));
  return {
    township: { id: t.id, name: t.name, kind: t.kind },
    groups,
    pairedSectors: paired.map((p) => ({ ...p, groupLabel: sectorGroupLabel(p) })),
  };
}
