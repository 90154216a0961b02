import postgres from "postgres";
import { timeAlternating, type Statement } from "./explain";
import type { ProposalQuery } from "./queries";

/**
 * The similarity statement as the service sent it before issue 9 — trigrams of the whole title
 * and of `title || situation || suggestions` (the generated search_text it compared is gone, so
 * the same expression is written inline; the plans read the session's rows through the session
 * index either way), thresholds 0.25 and 0.4 — rebuilt from the old service's template, so one
 * run can time it beside today's on the same database.
 */
function beforeIssue9(councilId: string, input: { sessionId: string; title?: string; text?: string; limit: number }): Statement[] {
  const title = input.title ?? "";
  const probe = `${title} ${input.text ?? ""}`.trim().slice(0, 200);
  const searchText = `(title || ' ' || situation || ' ' || suggestions)`;
  const matches = title ? `("title" % $1 or $2 <% ${searchText})` : `$2 <% ${searchText}`;
  return [
    { text: "select set_config('pg_trgm.similarity_threshold', '0.25', true), set_config('pg_trgm.word_similarity_threshold', '0.4', true)", params: [] },
    {
      text:
        `select "id", "number", "title", "status", "lead_member_id", greatest(similarity("title", $1), word_similarity($2, ${searchText})) as score from "proposal" ` +
        `where ("council_id" = $3 and "session_id" = $4 and "status" not in ('draft', 'withdrawn') and ${matches}) order by score desc, "id" limit $5`,
      params: [title, probe, councilId, input.sessionId, input.limit],
    },
  ];
}

/** p50 in ms of the old statement and of today's (as captured from the service), alternating on one database. */
export async function timeSimilarAgainstBefore(databaseUrl: string, query: ProposalQuery, today: Statement[], runs = 100) {
  const input = query.input as { sessionId: string; title?: string; text?: string; limit: number };
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let councilId: string;
  try {
    [{ councilId }] = (await sql`select council_id as "councilId" from term_session where id = ${input.sessionId}`) as unknown as [{ councilId: string }];
  } finally {
    await sql.end({ timeout: 5 });
  }
  const [before, now] = await timeAlternating(
    [
      { databaseUrl, statements: beforeIssue9(councilId, input) },
      { databaseUrl, statements: today },
    ],
    runs,
  );
  return { before: before!, now: now! };
}
