import { proposal } from "@cppcc/db";
import { textSimilarityKey, titleSimilarityKey } from "@cppcc/domain";
import { and, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { SimilarInput } from "../inputs";

/** Without a title, the first characters of the text stand in for it (what it is about comes first). */
const titleFromText = 30;
/**
 * Candidates: keys sharing this much with the title's or the text's (pg_trgm `%`, served by the
 * GIN indexes on title_key and text_key). Low, because Chinese proposals on one subject share few
 * character pairs; the score below decides what is shown.
 */
const candidateThreshold = 0.08;
/** Below this score a candidate is not shown. Measured on a labelled set (test/proposal/similarity.test.ts). */
const minimumScore = 0.14;

/**
 * 相似提案 while a member writes (and for staff deciding on a merge): submitted proposals of the
 * same session about the same subject. The score weighs the title first — its subject against
 * theirs (0.4), then each title's subject found in the other's text (0.15 each way), then the two
 * texts' starts (0.3) — on keys without 「关于……的建议」 and the words every proposal uses (the
 * domain's `titleSimilarityKey`), which otherwise outweighed the real overlap.
 */
export async function similarProposals({ ctx, input }: { ctx: SignedInContext; input: SimilarInput }) {
  const textKey = textSimilarityKey(input.text);
  const titleKey = input.title ? titleSimilarityKey(input.title) : textSimilarityKey(input.text.slice(0, titleFromText));
  if (!titleKey && !textKey) return [];
  return ctx.db.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(candidateThreshold)}, true)`);
    const titleScore = sql`0.4 * similarity(${proposal.titleKey}, ${titleKey}) + 0.15 * word_similarity(${titleKey}, ${proposal.textKey})`;
    // A title alone (no text typed yet) is scored by its own parts, scaled to the same range.
    const score = textKey
      ? sql<number>`(${titleScore} + 0.15 * word_similarity(${proposal.titleKey}, ${textKey}) + 0.3 * similarity(${proposal.textKey}, ${textKey}))`
      : sql<number>`((${titleScore}) / 0.55)`;
    const candidates = textKey
      ? sql`(${proposal.titleKey} % ${titleKey} or ${proposal.textKey} % ${textKey})`
      : sql`${proposal.titleKey} % ${titleKey}`;
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
          candidates,
        ),
      )
      .orderBy(desc(score), proposal.id)
      .limit(input.limit);
    // The minimum applies after the limit: the rows come best first, and the score is then
    // computed once per candidate instead of again in the WHERE clause (it reads the text's key).
    return rows.filter((r) => Number(r.score) >= minimumScore).map(({ leadMemberId, score: s, ...r }) => ({
      ...r,
      score: Math.round(Number(s) * 100) / 100,
      mine: leadMemberId !== null && leadMemberId === ctx.actor.memberId,
    }));
  });
}
