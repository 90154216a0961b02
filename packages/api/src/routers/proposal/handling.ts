import { evaluateReply } from "../../services/proposal/handling/evaluate";
import { saveLetterDraft } from "../../services/proposal/handling/letterDraft";
import { sendCoOpinion, sendReply } from "../../services/proposal/handling/letters";
import { requestProposalExtension } from "../../services/proposal/handling/extension";
import { returnAssignment } from "../../services/proposal/handling/returnAssignment";
import {
  coOpinionInput,
  evaluateInput,
  letterDraftInput,
  proposalExtensionInput,
  replyInput,
  returnAssignmentInput,
} from "../../services/proposal/inputs";
import { procedureFor } from "../../trpc/procedures";

/** The units' side (staff may enter a unit's paper letter, naming the unit), and the proposer's evaluation. */
export const handlingProcedures = {
  /** Saves the reply or co-unit opinion being written; sending it is `reply` / `sendCoOpinion`. */
  saveLetterDraft: procedureFor("proposal.handle")
    .input(letterDraftInput)
    .mutation(({ ctx, input }) => saveLetterDraft({ ctx, input })),
  reply: procedureFor("proposal.handle")
    .input(replyInput)
    .mutation(({ ctx, input }) => sendReply({ ctx, input })),
  sendCoOpinion: procedureFor("proposal.handle")
    .input(coOpinionInput)
    .mutation(({ ctx, input }) => sendCoOpinion({ ctx, input })),
  returnAssignment: procedureFor("proposal.handle")
    .input(returnAssignmentInput)
    .mutation(({ ctx, input }) => returnAssignment({ ctx, input })),
  /** 申请延期: the office decides through deadlineExtension.decide. */
  requestExtension: procedureFor("proposal.handle")
    .input(proposalExtensionInput)
    .mutation(({ ctx, input }) => requestProposalExtension({ ctx, input })),
  evaluate: procedureFor("proposal.evaluate")
    .input(evaluateInput)
    .mutation(({ ctx, input }) => evaluateReply({ ctx, input })),
};
