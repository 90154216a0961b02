import { proposal } from "@cppcc/db";
import { and, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { SimilarInput } from "../inputs";

/** How much of what the member typed is compared: the title and the start of the text say what it is about. */
const probeLength = 200;

/**
 * 相似提案 while a member writes (and for staff looking for proposals to merge): submitted
 * proposals of the same session whose title is like this title, or whose text contains a passage
 * like what was typed. pg_trgm's `%` and `<%` use the GIN trigram indexes; the thresholds are set
 * for this transaction only, low enough for Chinese text, where one changed character breaks
 * three trigrams.
 */
export async function similarProposals({ ctx, input }: { ctx: SignedInContext; input: SimilarInput }) {
  const title = input.title;
  const probe = `${title} ${input.text}`.trim().slice(0, probeLength);
  if ([...probe].length < 4) return [];
  return ctx.db.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.25', true), set_config('pg_trgm.word_similarity_threshold', '0.4', true)`);
    const score = sql<number>`greatest(similarity(${proposal.title}, ${title}), word_similarity(${probe}, ${proposal.searchText}))`;
    const matches = title
      ? sql`(${proposal.title} % ${title} or ${probe} <% ${proposal.searchText})`
      : sql`${probe} <% ${proposal.searchText}`;
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
          matches,
        ),
      )
      .orderBy(desc(score), proposal.id)
      .limit(input.limit);
    return rows.map(({ leadMemberId, score: s, ...r }) => ({
      ...r,
      score: Math.round(Number(s) * 100) / 100,
      mine: leadMemberId !== null && leadMemberId === ctx.actor.memberId,
    }));
  });
}
