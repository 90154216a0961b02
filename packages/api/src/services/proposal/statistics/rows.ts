import { proposal, term, termSession, type DbOrTx } from "@cppcc/db";
import { replyingUnitsOf, type Assignment, type ProposalStatRow, type Reply } from "@cppcc/domain";
import { and, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { StatisticsInput } from "../inputs";
import { proposalScope } from "../shared/scope";

/** The sessions the figures cover: the one named, or every session of the term (the latest by default). */
export async function sessionsCovered(db: DbOrTx, councilId: string, input: StatisticsInput): Promise<string[]> {
  if (input.sessionId) return [input.sessionId];
  const [t] = await db
    .select({ id: term.id })
    .from(term)
    .where(and(eq(term.councilId, councilId), input.termId ? eq(term.id, input.termId) : undefined))
    .orderBy(desc(term.number))
    .limit(1);
  if (!t) return [];
  const sessions = await db.select({ id: termSession.id }).from(termSession).where(eq(termSession.termId, t.id));
  return sessions.map((s) => s.id);
}

/**
 * The statistics rows of the proposals the reader may count: only the parts of the state the
 * figures need leave the database. After re-handling the latest round's replies are the ones that
 * stand; while a proposal is being re-handled, its first replies still do. `narrow` is a further
 * condition on the proposal (数说's sector and township).
 */
export async function statRows(ctx: SignedInContext, sessionIds: string[], narrow?: SQL): Promise<ProposalStatRow[]> {
  if (sessionIds.length === 0) return [];
  const rows = await ctx.db.db
    .select({
      sessionId: proposal.sessionId,
      status: proposal.status,
      proposerKind: proposal.proposerKind,
      isLivelihood: proposal.isLivelihood,
      isKey: proposal.isKey,
      merged: sql<boolean>`${proposal.mergeGroupId} is not null`,
      sectorId: proposal.sectorId,
      committeeId: proposal.committeeId,
      assignment: sql<Assignment | null>`${proposal.state}->'assignment'`,
      replies: sql<Reply[]>`${proposal.state}->'replies'`,
      evaluation: sql<string | null>`${proposal.state}->'evaluation'->>'overall'`,
    })
    .from(proposal)
    .where(and(proposalScope(ctx, "proposal.statistics"), ne(proposal.status, "draft"), inArray(proposal.sessionId, sessionIds), narrow));
  return rows.map((r) => {
    const latest = Math.max(-1, ...r.replies.map((x) => x.round));
    return {
      sessionId: r.sessionId,
      status: r.status,
      proposerKind: r.proposerKind,
      isLivelihood: r.isLivelihood ?? false,
      isKey: r.isKey,
      merged: r.merged,
      sectorId: r.sectorId,
      committeeId: r.committeeId,
      handlingUnitIds: r.assignment ? replyingUnitsOf(r.assignment) : [],
      replies: r.replies.filter((x) => x.round === latest).map((x) => ({ handlingUnitId: x.handlingUnitId, categoryCode: x.categoryCode })),
      evaluation: r.evaluation,
    };
  });
}
