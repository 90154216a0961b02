import { account, dutyWarningAction } from "@cppcc/db";
import { exitTriggers, warningActionLabels, warningReasons, type DutyWarningsInput } from "@cppcc/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { resolveTermId } from "../roster/currentTerm";
import { dutyRanking } from "./ranking";
import { termHistory } from "./termHistory";
import { yearTable } from "./yearTable";

/**
 * 履职预警: the members of the ranking (same filters, same scores) whose year is in the table's lowest
 * band or whose term meets one of the table's exit triggers, each with the reasons and what the office
 * has done so far. The table in force is the year's (published, else the draft, and the answer says which).
 */
export async function dutyWarnings({ ctx, input }: { ctx: SignedInContext; input: DutyWarningsInput }) {
  const councilId = ctx.session.council.id;
  const db = ctx.db.db;
  const ranking = await dutyRanking({ ctx, input });
  const year = await yearTable(db, councilId, input.year);
  if (!year || ranking.items.length === 0) return { year: input.year, table: ranking.table, items: [] };

  const termId = await resolveTermId(db, councilId);
  const history = await termHistory(db, councilId, termId, ranking.items.map((it) => it.memberId), input.year);
  const warned = ranking.items
    .map((it) => {
      const h = history.get(it.memberId)!;
      return { ...it, reasons: warningReasons(input.year, it.total, year.table, h, exitTriggers(h, year.table)) };
    })
    .filter((it) => it.reasons.length > 0);

  const actions = warned.length === 0 ? [] : await actionsOf(ctx, input.year, warned.map((w) => w.memberId));
  const items = warned
    .map((w) => ({ ...w, actions: actions.filter((a) => a.memberId === w.memberId) }))
    .filter((w) => !input.unhandledOnly || w.actions.length === 0);
  return { year: input.year, table: ranking.table, items };
}

/** What the office recorded for these members' year, oldest first, with who recorded it. */
async function actionsOf(ctx: SignedInContext, year: number, memberIds: string[]) {
  const councilId = ctx.session.council.id;
  const rows = await ctx.db.db
    .select({
      id: dutyWarningAction.id,
      memberId: dutyWarningAction.memberId,
      action: dutyWarningAction.action,
      actedOn: dutyWarningAction.actedOn,
      note: dutyWarningAction.note,
      recordedBy: account.displayName,
      recordedAt: dutyWarningAction.createdAt,
    })
    .from(dutyWarningAction)
    .leftJoin(account, and(eq(account.councilId, dutyWarningAction.councilId), eq(account.id, dutyWarningAction.createdBy)))
    .where(and(eq(dutyWarningAction.councilId, councilId), eq(dutyWarningAction.year, year), inArray(dutyWarningAction.memberId, memberIds)))
    .orderBy(asc(dutyWarningAction.actedOn), asc(dutyWarningAction.createdAt), asc(dutyWarningAction.id));
  return rows.map((r) => ({ ...r, actionLabel: warningActionLabels[r.action] }));
}
