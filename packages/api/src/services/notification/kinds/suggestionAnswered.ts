import { sql } from "drizzle-orm";
import { z } from "zod";
import { organisers } from "./audiences";
import { excerpt, suggestionFacts } from "./records";
import { defineKind } from "./types";

/**
 * 协商建议已答复: whoever routed it — the township's liaisons for a township deliberation, the
 * office otherwise — until they close it (销号).
 */
export const suggestionAnswered = defineKind({
  kind: "suggestion.answered",
  payload: z.object({ suggestionId: z.string() }),
  asks: true,
  subjectEntity: () => "consultation_suggestion",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, s.id as subject_id, s.state = 'closed' as done
      from consultation_suggestion s join account a on a.council_id = s.council_id and ${organisers(sql`s.township_id`)}
      where s.council_id = ${councilId} and s.id = ${p.suggestionId}
      for share of s`,
  text: async (db, councilId, p) => {
    const f = await suggestionFacts(db, councilId, p.suggestionId);
    if (!f) return null;
    return {
      title: `「${f.consultationTitle}」的意见建议已由${f.unitName ?? "承办单位"}答复，请销号`,
      body: f.answer ? `答复：${excerpt(f.answer)}` : null,
      link: f.townshipId ? { app: "liaison", path: "/open-items" } : { app: "admin", path: `/consultations/${f.consultationId}` },
    };
  },
});
