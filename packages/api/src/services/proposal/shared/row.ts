import { proposal, proposalCosigner, type DbOrTx } from "@cppcc/db";
import { type Action, type ProposalDraftInput, type Proposer } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { notFoundMessage, proposalScope } from "./scope";
import { lockRow } from "../../shared/lockRow";

export type ProposalRow = typeof proposal.$inferSelect;
export type CosignerRow = typeof proposalCosigner.$inferSelect;

/** The proposal, locked for the rest of the transaction, if the actor's scope for `action` covers it. */
export async function lockProposal(tx: DbOrTx, ctx: SignedInContext, action: Action, id: string): Promise<ProposalRow> {
  return lockRow(tx, proposal, and(eq(proposal.id, id), proposalScope(ctx, action)), notFoundMessage);
}

export function cosignersOf(db: DbOrTx, proposalId: string): Promise<CosignerRow[]> {
  return db.select().from(proposalCosigner).where(eq(proposalCosigner.proposalId, proposalId)).orderBy(asc(proposalCosigner.invitedAt), asc(proposalCosigner.id));
}

/** Who proposes, in the domain's terms, from the row and its co-signers. */
export function proposerOf(row: ProposalRow, cosigners: readonly CosignerRow[]): Proposer {
  const contactMemberId = row.leadMemberId;
  const body = row.proposerBodyId ?? "";
  switch (row.proposerKind) {
    case "member":
      return { kind: "member", memberId: row.leadMemberId ?? "" };
    case "joint":
      return {
        kind: "joint",
        memberId: row.leadMemberId ?? "",
        cosigners: cosigners.map((c) => ({ memberId: c.memberId, status: c.status })),
      };
    case "participatingUnit":
      return { kind: "participatingUnit", participatingUnitId: body, contactMemberId };
    case "sector":
      return { kind: "sector", sectorId: body, contactMemberId };
    case "townshipGroup":
      return { kind: "townshipGroup", townshipGroupId: body, contactMemberId };
    case "committee":
      return { kind: "committee", committeeId: body, contactMemberId };
  }
}

/** The proposal as the domain's rules read it; empty text counts as not yet written. */
export function draftOf(row: ProposalRow, cosigners: readonly CosignerRow[]): ProposalDraftInput {
  return {
    sessionId: row.sessionId,
    proposer: proposerOf(row, cosigners),
    title: row.title || undefined,
    situation: row.situation || undefined,
    suggestions: row.suggestions || undefined,
    category: row.category ?? undefined,
    isLivelihood: row.isLivelihood ?? undefined,
  };
}
