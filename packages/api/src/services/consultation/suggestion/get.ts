import { consultationSuggestion } from "@cppcc/db";
import { categoryLabel, NotFound, suggestionDeadlineStatus } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { consultationRules } from "../shared/rules";
import { today } from "../shared/today";
import { suggestionScope } from "./scope";
import { suggestionSteps } from "./steps";
import { selectSuggestions } from "./view";

/** One suggestion with its deadline status and the steps the reader may take (the buttons). */
export async function getSuggestion({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const [[row], rules] = await Promise.all([
    selectSuggestions(ctx.db.db)
      .where(and(eq(consultationSuggestion.id, input.id), suggestionScope(ctx)))
      .limit(1),
    consultationRules(ctx.db.db, ctx.session.council.id),
  ]);
  if (!row) throw new NotFound("找不到该意见建议，或不在您的查看范围内");
  const { cursorKey: _k, ...s } = row;
  const day = today(ctx.clock.now());
  return {
    ...s,
    deadlineStatus: suggestionDeadlineStatus(s, day, rules.suggestionDueSoonDays),
    steps: suggestionSteps(ctx, s, day),
    categoryLabel: categoryLabel(s.category),
  };
}
