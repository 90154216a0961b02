import { dutyPledge, member, sector } from "@cppcc/db";
import { pledgeCalendar, shanghaiDate, type PledgeListInput } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { checkPledges } from "./pledgeCheck";
import { pledgeRulesOf } from "./rules";

/**
 * The office's view of a year's pledges, each checked against its member's record: all of them,
 * those with an item not met, or those with a free-text item waiting for the office's judgement.
 * A council has a few hundred members, so the year is read whole, as the ranking is.
 */
export async function listPledges({ ctx, input }: { ctx: SignedInContext; input: PledgeListInput }) {
  const councilId = ctx.session.council.id;
  const now = ctx.clock.now();
  const rows = await ctx.db.db
    .select({
      id: dutyPledge.id,
      memberId: dutyPledge.memberId,
      items: dutyPledge.items,
      judgements: dutyPledge.judgements,
      updatedAt: dutyPledge.updatedAt,
      name: member.name,
      post: member.post,
      sector: sector.name,
    })
    .from(dutyPledge)
    .innerJoin(member, and(eq(member.councilId, dutyPledge.councilId), eq(member.id, dutyPledge.memberId)))
    .innerJoin(sector, and(eq(sector.councilId, member.councilId), eq(sector.id, member.sectorId)))
    .where(and(eq(dutyPledge.councilId, councilId), eq(dutyPledge.year, input.year)))
    .orderBy(asc(member.namePinyin), asc(member.id));
  const checked = await checkPledges(ctx.db.db, councilId, input.year, now, rows);
  const items = checked
    .filter(({ check }) => input.show === "all" || (input.show === "unmet" ? check.counts.notMet > 0 : check.counts.toJudge > 0))
    .map(({ pledge: p, check }) => ({ id: p.id, memberId: p.memberId, name: p.name, post: p.post, sector: p.sector, updatedAt: p.updatedAt, items: check.items, counts: check.counts }));
  const rules = await pledgeRulesOf(ctx.db.db, councilId);
  const dueOn = pledgeCalendar(input.year, rules).pledgeDueOn;
  return { year: input.year, dueOn, locked: shanghaiDate(now) > dueOn, items };
}
