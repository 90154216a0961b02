import {
  proposal,
  proposalAssignment,
  proposalCoOpinion,
  proposalEvaluation,
  proposalKey,
  proposalMergeGroup,
  proposalReply,
  proposalReview,
  type DbOrTx,
} from "@cppcc/db";
import { and, asc, eq } from "drizzle-orm";
import { cosignersOf } from "../shared/row";

/** Everything recorded beside a proposal, read in parallel: a fixed number of queries per proposal. */
export async function proposalParts(db: DbOrTx, proposalId: string, mergeGroupId: string | null) {
  const [cosigners, reviews, assignments, coOpinions, replies, evaluations, [key], group] = await Promise.all([
    cosignersOf(db, proposalId),
    db.select().from(proposalReview).where(eq(proposalReview.proposalId, proposalId)).orderBy(asc(proposalReview.decidedAt)),
    db.select().from(proposalAssignment).where(eq(proposalAssignment.proposalId, proposalId)).orderBy(asc(proposalAssignment.round), asc(proposalAssignment.createdAt)),
    db.select().from(proposalCoOpinion).where(eq(proposalCoOpinion.proposalId, proposalId)).orderBy(asc(proposalCoOpinion.createdAt)),
    db.select().from(proposalReply).where(eq(proposalReply.proposalId, proposalId)).orderBy(asc(proposalReply.round), asc(proposalReply.createdAt)),
    db.select().from(proposalEvaluation).where(eq(proposalEvaluation.proposalId, proposalId)).orderBy(asc(proposalEvaluation.round)),
    db.select().from(proposalKey).where(eq(proposalKey.proposalId, proposalId)),
    mergeGroupId ? mergeGroupOf(db, mergeGroupId) : null,
  ]);
  return { cosigners, reviews, assignments, coOpinions, replies, evaluations, key: key ?? null, group };
}

async function mergeGroupOf(db: DbOrTx, groupId: string) {
  const [[group], members] = await Promise.all([
    db.select().from(proposalMergeGroup).where(eq(proposalMergeGroup.id, groupId)),
    db
      .select({ id: proposal.id, number: proposal.number, title: proposal.title, status: proposal.status })
      .from(proposal)
      .where(and(eq(proposal.mergeGroupId, groupId)))
      .orderBy(asc(proposal.serial)),
  ]);
  return group ? { id: group.id, primaryProposalId: group.primaryProposalId, note: group.note, proposals: members } : null;
}
