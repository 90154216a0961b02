import { sql } from "drizzle-orm";
import { z } from "zod";
import { unitAccounts } from "./audiences";
import { dayLabel, excerpt, suggestionFacts } from "./records";
import { defineKind } from "./types";

/** 协商建议交办: the unit's handler logins, until it answers (or the suggestion is taken back or sent elsewhere). */
export const suggestionRouted = defineKind({
  kind: "suggestion.routed",
  payload: z.object({ suggestionId: z.string(), handlingUnitId: z.string() }),
  asks: true,
  subjectEntity: () => "consultation_suggestion",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, s.id as subject_id, (s.state <> 'routed' or s.handling_unit_id is distinct from ${p.handlingUnitId}::uuid) as done
      from consultation_suggestion s join account a on a.council_id = s.council_id and ${unitAccounts(sql`${p.handlingUnitId}::uuid`)}
      where s.council_id = ${councilId} and s.id = ${p.suggestionId}
      for share of s`,
  text: async (db, councilId, p) => {
    const f = await suggestionFacts(db, councilId, p.suggestionId);
    if (!f) return null;
    return {
      title: `「${f.consultationTitle}」的一条意见建议交由贵单位办理`,
      body: `${excerpt(f.content)}${f.deadline ? `（请于${dayLabel(f.deadline)}前答复）` : ""}`,
      link: { app: "admin", path: "/suggestions" },
    };
  },
});
