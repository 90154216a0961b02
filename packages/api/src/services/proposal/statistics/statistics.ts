import { committee, sector } from "@cppcc/db";
import { groupStatRows, proposalBreakdown, proposalStatistics, statisticsGroupingLabels, type StatisticsGrouping } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { StatisticsInput } from "../inputs";
import { proposalRules } from "../shared/rules";
import { sessionLabels, unitNames } from "../read/names";
import { sessionsCovered, statRows } from "./rows";

/** What a group without a key stands for, per grouping (a sector's figures cannot include a party's proposal). */
const unattributed: Record<StatisticsGrouping, string> = {
  session: "未归属届次会议",
  handlingUnit: "未交办",
  sector: "非委员个人或界别提案（党派团体、委员小组、专委会）",
  committee: "非专委会提案",
};

/**
 * 提案统计: received, filed, not filed, livelihood share, replies per category, resolved,
 * evaluated, satisfied and the satisfaction rate, and the breakdowns offices publish (collective,
 * joint, key and merged proposals with their shares) — for the council (or a liaison's township),
 * in total and per session, handling unit, sector or committee. The domain computes the figures;
 * this reads the rows and names the groups.
 */
export async function proposalStatisticsReport({ ctx, input }: { ctx: SignedInContext; input: StatisticsInput }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const sessionIds = await sessionsCovered(db, councilId, input);
  const [rows, rules, names] = await Promise.all([statRows(ctx, sessionIds), proposalRules(db, councilId), groupNames(ctx, input.by)]);
  return {
    by: input.by,
    byLabel: statisticsGroupingLabels[input.by],
    sessionIds,
    total: proposalStatistics(rows, rules),
    breakdown: proposalBreakdown(rows),
    groups: groupStatRows(rows, input.by).map(([key, group]) => ({
      key,
      name: key === null ? unattributed[input.by] : (names.get(key) ?? key),
      statistics: proposalStatistics(group, rules),
      breakdown: proposalBreakdown(group),
    })),
    replyCategories: rules.replyCategories,
    satisfactionScale: rules.satisfaction.scale,
  };
}
export type StatisticsReport = Awaited<ReturnType<typeof proposalStatisticsReport>>;

async function groupNames(ctx: SignedInContext, by: StatisticsGrouping): Promise<Map<string, string>> {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  switch (by) {
    case "session":
      return new Map([...(await sessionLabels(db, councilId))].map(([id, s]) => [id, s.label]));
    case "handlingUnit":
      return unitNames(db, councilId);
    case "sector":
      return new Map((await db.select({ id: sector.id, name: sector.name }).from(sector).where(eq(sector.councilId, councilId))).map((r) => [r.id, r.name]));
    case "committee":
      return new Map(
        (await db.select({ id: committee.id, name: committee.name }).from(committee).where(eq(committee.councilId, councilId))).map((r) => [r.id, r.name]),
      );
  }
}
