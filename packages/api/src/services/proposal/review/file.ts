import { proposalReview, proposalSerial, term, termSession, type Tx } from "@cppcc/db";
import { filingChanges, formatProposalNumber, nextSerial } from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { z } from "zod";
import type { fileInput } from "../inputs";
import type { ProposalRow } from "../shared/row";
import { runStep } from "../shared/step";

/**
 * The next serial of the session, from the counter row: the upsert takes the row lock, so two
 * filings at once queue here and get consecutive serials; a filing that fails afterwards rolls
 * its increment back with it, so no number is skipped and none is handed out twice.
 */
async function takeNumber(tx: Tx, row: ProposalRow): Promise<{ number: string; serial: number }> {
  const [numbers] = await tx
    .select({ term: term.number, session: termSession.number })
    .from(termSession)
    .innerJoin(term, eq(term.id, termSession.termId))
    .where(eq(termSession.id, row.sessionId));
  const [counter] = await tx
    .insert(proposalSerial)
    .values({ councilId: row.councilId, sessionId: row.sessionId, lastSerial: nextSerial(null) })
    .onConflictDoUpdate({
      target: [proposalSerial.councilId, proposalSerial.sessionId],
      set: { lastSerial: sql`${proposalSerial.lastSerial} + 1` },
    })
    .returning({ lastSerial: proposalSerial.lastSerial });
  const serial = counter!.lastSerial;
  return { serial, number: formatProposalNumber({ term: numbers!.term, session: numbers!.session, serial }) };
}

/**
 * 立案: the proposal gets its number (届-次-序号); its proposers' filing counts in their duty record.
 * Staff settle the category and the livelihood flag here if they differ (立案时确定类别), recorded
 * on the timeline before → after, instead of returning the proposal for a revision round.
 */
export function fileProposal({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof fileInput> }) {
  let serial = 0;
  const settled = { ...(input.category && { category: input.category }), ...(input.isLivelihood !== undefined && { isLivelihood: input.isLivelihood }) };
  return runStep(ctx, input, {
    action: "proposal.review",
    event: async (tx, { row }) => {
      const taken = await takeNumber(tx, row);
      serial = taken.serial;
      return { type: "file", number: taken.number, ...settled };
    },
    columns: () => ({ serial, ...settled }),
    effects: async (tx, { row, after, facts }) => {
      await tx.insert(proposalReview).values({
        councilId: row.councilId,
        proposalId: row.id,
        round: row.state.returns + 1,
        decision: "filed",
        number: after.number,
        accountId: ctx.session.account.id,
      });
      return { number: after.number, ...filingChanges(facts.proposal, settled) };
    },
  });
}
