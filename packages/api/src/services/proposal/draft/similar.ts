import { proposal } from "@cppcc/db";
import { actsForProposer, textSimilarityPairs, titleSimilarityKey } from "@cppcc/domain";
import { and, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { SimilarInput } from "../inputs";

/** Without a title, the first characters of the text stand in for it (what it is about comes first). */
const titleFromText = 30;
/** Titles this similar (pg_trgm `%` on title_key, its GIN index) are candidates whatever their text says. */
const titleThreshold = 0.08;
/** Below this score a candidate is not shown. Measured on a labelled set (test/proposal/similarity.test.ts). */
export const minimumSimilarScore = 0.17;

/**
 * 相似提案 while a member writes (and for staff deciding on a merge): submitted proposals of the
 * same session about the same subject. Compared without 「关于……的建议」 and the words every
 * proposal uses (the domain's `titleSimilarityKey`), which otherwise outweighed the real overlap.
 * The title counts most: its subject against theirs (trigrams, 0.5), then the share of this
 * title's pairs found in their text and of their title's pairs found in this text (0.25 each).
 * Candidates: a similar title, or a text sharing a pair with this title (the GIN indexes on
 * title_key and text_pairs).
 */
export async function similarProposals({ ctx, input }: { ctx: SignedInContext; input: SimilarInput }) {
  const textPairs = textSimilarityPairs(input.text);
  const titleKey = input.title ? titleSimilarityKey(input.title) : textSimilarityPairs(input.text.slice(0, titleFromText)).join(" ");
  const titlePairs = titleKey ? titleKey.split(" ") : [];
  if (titlePairs.length === 0) return [];
  return ctx.db.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(titleThreshold)}, true)`);
    const mine = sql`${sql.param(titlePairs)}::text[]`;
    const theirTitlePairs = sql`string_to_array(${proposal.titleKey}, ' ')`;
    const shared = (a: ReturnType<typeof sql>, b: ReturnType<typeof sql>) => sql`cardinality(array(select unnest(${a}) intersect select unnest(${b})))`;
    const titleInText = sql`${shared(mine, sql`${proposal.textPairs}`)}::float8 / ${titlePairs.length}`;
    const titleScore = sql`0.5 * similarity(${proposal.titleKey}, ${titleKey}) + 0.25 * ${titleInText}`;
    // A title alone (no text typed yet) is scored by its own parts, scaled to the same range.
    const score = textPairs.length
      ? sql<number>`(${titleScore} + 0.25 * ${shared(theirTitlePairs, sql`${sql.param(textPairs)}::text[]`)}::float8 / greatest(1, cardinality(${theirTitlePairs})))`
      : sql<number>`((${titleScore}) / 0.75)`;
    const rows = await tx
      .select({
        id: proposal.id,
        number: proposal.number,
        title: proposal.title,
        status: proposal.status,
        leadMemberId: proposal.leadMemberId,
        score,
      })
      .from(proposal)
      .where(
        and(
          eq(proposal.councilId, ctx.session.council.id),
          eq(proposal.sessionId, input.sessionId),
          notInArray(proposal.status, ["draft", "withdrawn"]),
          input.excludeId ? ne(proposal.id, input.excludeId) : undefined,
          sql`(${proposal.titleKey} % ${titleKey} or ${proposal.textPairs} && ${mine})`,
        ),
      )
      .orderBy(desc(score), proposal.id)
      .limit(input.limit);
    // The minimum applies after the limit: the rows come best first, and the score is computed
    // once per candidate instead of again in the WHERE clause.
    return rows
      .filter((r) => Number(r.score) >= minimumSimilarScore)
      .map(({ leadMemberId, score: s, ...r }) => ({
        ...r,
        score: Math.round(Number(s) * 100) / 100,
        mine: actsForProposer(ctx.actor, leadMemberId),
      }));
  });
}
