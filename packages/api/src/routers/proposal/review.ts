import { assignProposal } from "../../services/proposal/handling/assign";
import { closeProposal } from "../../services/proposal/handling/close";
import { markKeyProposal, recordFollowUp } from "../../services/proposal/handling/key";
import { reassignProposal } from "../../services/proposal/handling/reassign";
import { enterPaperJointProposal } from "../../services/proposal/draft/paper";
import {
  assignInput,
  fileInput,
  followUpInput,
  paperJointInput,
  reassignInput,
  markKeyInput,
  mergeInput,
  notFileInput,
  returnForRevisionInput,
  stepInput,
} from "../../services/proposal/inputs";
import { fileProposal } from "../../services/proposal/review/file";
import { mergeProposals } from "../../services/proposal/review/merge";
import { notFileProposal, returnForRevision, startReview } from "../../services/proposal/review/review";
import { procedureFor } from "../../trpc/procedures";

/** The office's side: review (预审、退回、立案、不予立案、并案) and handling (交办、重点提案、回头看、办结). */
export const reviewProcedures = {
  startReview: procedureFor("proposal.review")
    .input(stepInput)
    .mutation(({ ctx, input }) => startReview({ ctx, input })),
  returnForRevision: procedureFor("proposal.review")
    .input(returnForRevisionInput)
    .mutation(({ ctx, input }) => returnForRevision({ ctx, input })),
  /** 纸质联名提案: entered and confirmed by staff from the signed sheet, then submitted. */
  enterPaperJoint: procedureFor("proposal.review")
    .input(paperJointInput)
    .mutation(({ ctx, input }) => enterPaperJointProposal({ ctx, input })),
  file: procedureFor("proposal.review")
    .input(fileInput)
    .mutation(({ ctx, input }) => fileProposal({ ctx, input })),
  notFile: procedureFor("proposal.review")
    .input(notFileInput)
    .mutation(({ ctx, input }) => notFileProposal({ ctx, input })),
  merge: procedureFor("proposal.review")
    .input(mergeInput)
    .mutation(({ ctx, input }) => mergeProposals({ ctx, input })),
  assign: procedureFor("proposal.assign")
    .input(assignInput)
    .mutation(({ ctx, input }) => assignProposal({ ctx, input })),
  reassign: procedureFor("proposal.assign")
    .input(reassignInput)
    .mutation(({ ctx, input }) => reassignProposal({ ctx, input })),
  markKey: procedureFor("proposal.assign")
    .input(markKeyInput)
    .mutation(({ ctx, input }) => markKeyProposal({ ctx, input })),
  recordFollowUp: procedureFor("proposal.assign")
    .input(followUpInput)
    .mutation(({ ctx, input }) => recordFollowUp({ ctx, input })),
  close: procedureFor("proposal.assign")
    .input(stepInput)
    .mutation(({ ctx, input }) => closeProposal({ ctx, input })),
};
