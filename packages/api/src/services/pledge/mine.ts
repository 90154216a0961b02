import { dutyPledge } from "@cppcc/db";
import { pledgeCalendar, pledgeLockedReason, shanghaiDate, type PledgeYearInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { ownMember } from "./ownMember";
import { checkPledges } from "./pledgeCheck";
import { pledgeRulesOf } from "./rules";

/** 我的承诺: the member's pledge for a year with each item's check, and whether it may still change (and why not). */
export async function myPledge({ ctx, input }: { ctx: SignedInContext; input: PledgeYearInput }) {
  const councilId = ctx.session.council.id;
  const m = await ownMember(ctx);
  const rules = await pledgeRulesOf(ctx.db.db, councilId);
  const now = ctx.clock.now();
  const [row] = await ctx.db.db
    .select()
    .from(dutyPledge)
    .where(and(eq(dutyPledge.councilId, councilId), eq(dutyPledge.memberId, m.id), eq(dutyPledge.year, input.year)));
  const [checked] = row ? await checkPledges(ctx.db.db, councilId, input.year, now, [row]) : [];
  return {
    year: input.year,
    dueOn: pledgeCalendar(input.year, rules).pledgeDueOn,
    lockedReason: pledgeLockedReason(input.year, shanghaiDate(now), rules),
    pledge: row ? { id: row.id, updatedAt: row.updatedAt, items: checked!.check.items, counts: checked!.check.counts } : null,
  };
}
