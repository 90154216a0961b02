import { consultationPlan, consultationPlanItem } from "@cppcc/db";
import { cursorCodec, cursorKey, type PageInput } from "@cppcc/domain";
import { and, count, desc, eq, lt } from "drizzle-orm";
import type { SignedInContext } from "../../../context";

const yearCursor = cursorCodec(cursorKey.int(1, 9999));

/** The council's plans, latest year first, with how many items each holds. */
export async function listPlans({ ctx, input }: { ctx: SignedInContext; input: PageInput }) {
  const before = yearCursor.decode(input.cursor)?.[0];
  const rows = await ctx.db.db
    .select({
      id: consultationPlan.id,
      year: consultationPlan.year,
      state: consultationPlan.state,
      approvedAt: consultationPlan.approvedAt,
      version: consultationPlan.version,
      itemCount: count(consultationPlanItem.id),
    })
    .from(consultationPlan)
    .leftJoin(consultationPlanItem, eq(consultationPlanItem.planId, consultationPlan.id))
    .where(and(eq(consultationPlan.councilId, ctx.session.council.id), before !== undefined ? lt(consultationPlan.year, before) : undefined))
    .groupBy(consultationPlan.councilId, consultationPlan.id)
    .orderBy(desc(consultationPlan.year))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? yearCursor.encode([items.at(-1)!.year]) : null };
}
