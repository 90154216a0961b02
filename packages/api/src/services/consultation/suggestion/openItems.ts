import { consultationSuggestion } from "@cppcc/db";
import {
  addDays,
  cursorCodec,
  cursorKey,
  daysBetween,
  Forbidden,
  suggestionDeadlineStatus,
  type SuggestionDeadlineStatus,
} from "@cppcc/domain";
import { and, asc, eq, ne, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { consultationRules } from "../shared/rules";
import { today } from "../shared/today";
import type { OpenItemsInput } from "./inputs";
import { suggestionScope } from "./scope";
import { suggestionSteps } from "./steps";
import { selectSuggestions } from "./view";

const noDeadline = "9999-12-31";
const urgencyCursor = cursorCodec(cursorKey.int(0, 5), cursorKey.day, cursorKey.uuid);

/**
 * The open-items list (销号清单): every suggestion not yet closed, most urgent first — overdue,
 * due soon, waiting to be routed, answered late, answered, then the rest — the domain's order
 * (suggestionOpenItems) computed in SQL so it can be keyset-paged. Overdue items are marked with
 * how many days they are late; the counts per status head the list.
 */
export async function openItems({ ctx, input }: { ctx: SignedInContext; input: OpenItemsInput }) {
  const { db } = ctx.db;
  if (input.townshipId && ctx.actor.role === "liaison" && input.townshipId !== ctx.actor.townshipId) {
    throw new Forbidden("镇街道联络员只能查看本镇街道的销号清单");
  }
  const rules = await consultationRules(db, ctx.session.council.id);
  const day = today(ctx.clock.now());
  const dueSoonBy = addDays(day, rules.suggestionDueSoonDays);
  const s = consultationSuggestion;
  const urgency = sql<number>`(case
    when ${s.state} = 'routed' and ${s.deadline} < ${day} then 0
    when ${s.state} = 'routed' and ${s.deadline} <= ${dueSoonBy} then 1
    when ${s.state} = 'recorded' then 2
    when ${s.state} = 'answered' and ${s.answeredOn} > ${s.deadline} then 3
    when ${s.state} = 'answered' then 4
    else 5 end)`;
  const base: (SQL | undefined)[] = [suggestionScope(ctx), ne(s.state, "closed")];
  if (input.townshipId) base.push(eq(s.townshipId, input.townshipId));
  // The same urgency the list sorts by, so a filtered list shows exactly what its count says.
  if (input.status) base.push(sql`${urgency} = ${input.status === "overdue" ? 0 : 1}`);
  const where = [...base];
  const after = urgencyCursor.decode(input.cursor);
  if (after) {
    const [u, d, id] = after;
    where.push(sql`(${urgency}, coalesce(${s.deadline}, ${noDeadline}::date), ${s.id}) > (${u}, ${d}::date, ${id}::uuid)`);
  }
  const [rows, counts] = await Promise.all([
    selectSuggestions(db)
      .where(and(...where))
      .orderBy(asc(urgency), asc(sql`coalesce(${s.deadline}, ${noDeadline}::date)`), asc(s.id))
      .limit(input.limit + 1),
    db
      .select({ urgency, n: sql<number>`count(*)::int` })
      .from(s)
      .where(and(...base))
      // By position: the same expression twice gets different parameter numbers, which Postgres will not match.
      .groupBy(sql`1`),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const statusOf = (row: (typeof rows)[number]) => suggestionDeadlineStatus(row, day, rules.suggestionDueSoonDays);
  const byUrgency: SuggestionDeadlineStatus[] = ["overdue", "dueSoon", "unrouted", "answeredLate", "answered", "onTime"];
  const summary = Object.fromEntries(byUrgency.map((k) => [k, 0])) as Record<(typeof byUrgency)[number], number>;
  for (const c of counts) summary[byUrgency[Number(c.urgency)]!] += c.n;
  return {
    items: page.map(({ cursorKey: _k, ...r }) => {
      const status = statusOf({ ...r, cursorKey: "" });
      return { ...r, status, overdue: status === "overdue", daysOverdue: status === "overdue" && r.deadline ? daysBetween(r.deadline, day) : 0, steps: suggestionSteps(ctx, r, day) };
    }),
    nextCursor:
      rows.length > input.limit && last
        ? urgencyCursor.encode([byUrgency.indexOf(statusOf(last)), last.deadline ?? noDeadline, last.id])
        : null,
    summary: { ...summary, total: Object.values(summary).reduce((a, b) => a + b, 0) },
  };
}
