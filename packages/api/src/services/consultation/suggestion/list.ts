import { consultationSuggestion } from "@cppcc/db";
import { suggestionDeadlineStatus } from "@cppcc/domain";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { periodExtensions } from "../../extension/periodExtensions";
import { olderThan, pageOf } from "../shared/keyset";
import { consultationRules } from "../shared/rules";
import { today } from "../shared/today";
import type { SuggestionListInput } from "./inputs";
import { suggestionScope } from "./scope";
import { periodOf } from "./extension";
import { suggestionSteps } from "./steps";
import { selectSuggestions } from "./view";

/**
 * Suggestions the reader may see, newest first, keyset-paged, each with its deadline status:
 * the office's and the liaison's tracking list, the handler's inbox, a member's own. Each carries
 * the extensions waiting or granted in its current routing, so the inbox shows 已延期 and offers
 * 申请延期 only while the rule allows another.
 */
export async function listSuggestions({ ctx, input }: { ctx: SignedInContext; input: SuggestionListInput }) {
  const where: (SQL | undefined)[] = [suggestionScope(ctx), olderThan(input.cursor, consultationSuggestion.createdAt, consultationSuggestion.id)];
  if (input.consultationId) where.push(eq(consultationSuggestion.consultationId, input.consultationId));
  if (input.state) where.push(eq(consultationSuggestion.state, input.state));
  if (input.handlingUnitId) where.push(eq(consultationSuggestion.handlingUnitId, input.handlingUnitId));
  if (input.townshipId) where.push(eq(consultationSuggestion.townshipId, input.townshipId));
  const [rows, rules] = await Promise.all([
    selectSuggestions(ctx.db.db)
      .where(and(...where))
      .orderBy(desc(consultationSuggestion.createdAt), desc(consultationSuggestion.id))
      .limit(input.limit + 1),
    consultationRules(ctx.db.db, ctx.session.council.id),
  ]);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  const day = today(ctx.clock.now());
  const extensions = await periodExtensions(
    ctx.db.db,
    "suggestion",
    page.items.map((s) => ({ id: s.id, period: periodOf(s) })),
  );
  return {
    ...page,
    items: page.items.map(({ cursorKey: _k, ...s }) => ({
      ...s,
      deadlineStatus: suggestionDeadlineStatus(s, day, rules.suggestionDueSoonDays),
      steps: suggestionSteps(ctx, s, day),
      extensions: extensions.get(s.id) ?? [],
    })),
  };
}
