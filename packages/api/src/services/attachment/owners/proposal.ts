import { proposal, proposalReply } from "@cppcc/db";
import {
  Forbidden,
  NotFound,
  proposalEditRefusals,
  refusalError,
  replyLetterEditRefusals,
  replyLetterVisibleToProposer,
  type AttachmentUse,
} from "@cppcc/domain";
import { and, eq, isNotNull, max } from "drizzle-orm";
import { currentRound } from "../../proposal/handling/units";
import { lockProposal } from "../../proposal/shared/row";
import { notFoundMessage, proposalScope } from "../../proposal/shared/scope";
import { ownUnit } from "../../shared/own";
import type { OwnerAccess } from "./types";

/**
 * A proposal's files: the proposer's materials (seen by everyone who sees the proposal, changed
 * while the text may be) and each unit's reply letter (its own unit and the office see it at once,
 * everyone else with the reply it went out with; changed by the unit until it replies).
 */
export const proposalFiles: OwnerAccess = {
  visible: async (db, ctx, ownerId) => {
    const [row] = await db
      .select({ id: proposal.id })
      .from(proposal)
      .where(and(eq(proposal.id, ownerId), proposalScope(ctx, "proposal.read")));
    if (!row) throw new NotFound(notFoundMessage);
    const sent = await db
      .select({ unitId: proposalReply.handlingUnitId, at: max(proposalReply.sentAt) })
      .from(proposalReply)
      .where(and(eq(proposalReply.proposalId, row.id), isNotNull(proposalReply.sentAt)))
      .groupBy(proposalReply.handlingUnitId);
    const lastSent = new Map(sent.map((s) => [s.unitId, s.at]));
    const { role, handlingUnitId } = ctx.actor;
    return (file) => {
      if (file.use !== "proposal.replyLetter" || role === "admin") return true;
      if (role === "handler" && file.handlingUnitId === handlingUnitId) return true;
      return replyLetterVisibleToProposer(file.uploadedAt, lastSent.get(file.handlingUnitId ?? "") ?? null);
    };
  },

  lockForChange: async (tx, ctx, ownerId, use: AttachmentUse) => {
    if (use === "proposal.replyLetter") {
      if (ctx.actor.role !== "handler") throw new Forbidden("答复函由承办单位上传；纸质答复函请由承办单位扫描后上传");
      const row = await lockProposal(tx, ctx, "proposal.handle", ownerId);
      const unitId = ownUnit(ctx);
      const [reply] = await tx
        .select({ sentAt: proposalReply.sentAt })
        .from(proposalReply)
        .where(
          and(
            eq(proposalReply.proposalId, row.id),
            eq(proposalReply.handlingUnitId, unitId),
            eq(proposalReply.assignmentRound, await currentRound(tx, row.id)),
            eq(proposalReply.round, row.state.rehandlings),
          ),
        );
      const refusals = replyLetterEditRefusals({ status: row.status, unitReplied: reply?.sentAt != null });
      if (refusals.length > 0) throw refusalError(refusals);
      // The letter reaches the proposer's timeline with the reply step, not while the unit drafts it.
      return { handlingUnitId: unitId, timelineLabel: () => undefined };
    }
    const row = await lockProposal(tx, ctx, "proposal.write", ownerId);
    const refusals = proposalEditRefusals(ctx.actor, row, "text");
    if (refusals.length > 0) throw refusalError(refusals);
    return { handlingUnitId: null, timelineLabel: (change) => (change === "added" ? "attachmentAdded" : "attachmentRemoved") };
  },
};
