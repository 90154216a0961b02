import { member, membership, sector, townshipGroup } from "@cppcc/db";
import { isStanding, memberPosts, RuleViolation, type DutyRankingInput } from "@cppcc/domain";
import { and, asc, eq, exists, inArray, isNull, notInArray, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { resolveTermId } from "../roster/currentTerm";
import { storedTotalsOf } from "./storedTotals";
import { yearTable } from "./yearTable";

/**
 * A ranking is read whole (ranks need every total), so it is bounded instead of paged: a city or
 * county council has a few hundred members; a larger set is refused with a way to narrow it.
 */
export const rankingLimit = 3000;

const standingPosts = memberPosts.filter(isStanding);

/**
 * The office's ranking by total for a year, over the current term's active members matching the
 * filters, from the stored scores: kept current by every entry and table change with the domain's
 * scoring of the same live entries the record scores, so a rank never disagrees with the record
 * it opens (test/duty/storedScore.test.ts).
 */
export async function dutyRanking({ ctx, input }: { ctx: SignedInContext; input: DutyRankingInput }) {
  const councilId = ctx.session.council.id;
  const db = ctx.db.db;
  const year = await yearTable(db, councilId, input.year);
  const termId = await resolveTermId(db, councilId);
  const where: SQL[] = [eq(member.councilId, councilId), eq(member.termId, termId), eq(member.status, "active")];
  if (input.sectorId) where.push(eq(member.sectorId, input.sectorId));
  if (input.townshipGroupId) where.push(eq(member.townshipGroupId, input.townshipGroupId));
  if (input.standing === true) where.push(inArray(member.post, standingPosts));
  if (input.standing === false) where.push(notInArray(member.post, standingPosts));
  if (input.committeeId) {
    where.push(
      exists(
        db
          .select({ one: membership.id })
          .from(membership)
          .where(
            and(
              eq(membership.councilId, councilId),
              eq(membership.kind, "committee"),
              eq(membership.targetId, input.committeeId),
              eq(membership.memberId, member.id),
              isNull(membership.endDate),
            ),
          ),
      ),
    );
  }
  const members = await db
    .select({ id: member.id, name: member.name, post: member.post, sector: sector.name, group: townshipGroup.name })
    .from(member)
    .innerJoin(sector, and(eq(sector.councilId, member.councilId), eq(sector.id, member.sectorId)))
    .innerJoin(townshipGroup, and(eq(townshipGroup.councilId, member.councilId), eq(townshipGroup.id, member.townshipGroupId)))
    .where(and(...where))
    .orderBy(asc(member.namePinyin), asc(member.id))
    .limit(rankingLimit + 1);
  if (members.length > rankingLimit) throw new RuleViolation(`符合条件的委员超过 ${rankingLimit} 人，请按界别、委员小组或专委会筛选后再排名`);
  const table = year && { status: year.status, version: year.version, name: year.table.name, citation: year.table.citation };
  if (!year) return { year: input.year, table, items: [] };

  const totals = await storedTotalsOf(db, councilId, members.map((m) => m.id), year.table, year.version);
  const scored = members.map((m) => {
    const s = totals.get(m.id)!;
    return {
      memberId: m.id,
      name: m.name,
      post: m.post,
      sector: m.sector,
      townshipGroup: m.group,
      entries: s.entries,
      total: s.total,
      band: { ...s.band, lowest: s.band.code === year.table.bands.at(-1)!.code },
      categories: s.categories,
      unmetMinimums: s.unmetMinimums,
    };
  });
  // Highest first; equal totals share a rank (1, 2, 2, 4), in name order.
  scored.sort((a, b) => b.total - a.total);
  const items = scored.map((s, i) => ({ ...s, rank: 0, index: i }));
  for (const [i, it] of items.entries()) it.rank = i > 0 && items[i - 1]!.total === it.total ? items[i - 1]!.rank : i + 1;
  return { year: input.year, table, items: items.map(({ index: _index, ...rest }) => rest) };
}
