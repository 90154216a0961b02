import { consultationPlan, consultationPlanItem } from "@cppcc/db";
import type { PageInput } from "@cppcc/domain";
import { and, count, desc, eq, lt } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { decodeCursor, encodeCursor } from "../shared/keyset";

/** The council's plans, latest year first, with how many items each holds. */
export async function listPlans({ ctx, input }: { ctx: SignedInContext; input: PageInput }) {
  const before = input.cursor ? decodeCursor<[number]>(input.cursor, 1)[0] : null;
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
    .where(and(eq(consultationPlan.councilId, ctx.session.council.id), Number.isInteger(before) ? lt(consultationPlan.year, before!) : undefined))
    .groupBy(consultationPlan.id)
    .orderBy(desc(consultationPlan.year))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? encodeCursor([items.at(-1)!.year]) : null };
}
