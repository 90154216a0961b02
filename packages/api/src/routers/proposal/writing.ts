import { createProposal } from "../../services/proposal/draft/create";
import { inviteCosignersTo, removeCosigner } from "../../services/proposal/draft/cosigners";
import { discardDraft } from "../../services/proposal/draft/discard";
import { respondToCosign } from "../../services/proposal/draft/respond";
import { saveDraft } from "../../services/proposal/draft/saveDraft";
import { similarProposals } from "../../services/proposal/draft/similar";
import { resubmitProposal, submitProposal, withdrawProposal } from "../../services/proposal/draft/submit";
import { myInvitations } from "../../services/proposal/read/invitations";
import {
  createInput,
  inviteInput,
  removeCosignerInput,
  respondInput,
  saveDraftInput,
  similarInput,
  stepInput,
} from "../../services/proposal/inputs";
import { procedureFor } from "../../trpc/procedures";

/** The proposer's side (portal; staff entering paper proposals): draft, co-signers, submit, withdraw. */
export const writingProcedures = {
  create: procedureFor("proposal.write")
    .input(createInput)
    .mutation(({ ctx, input }) => createProposal({ ctx, input })),
  saveDraft: procedureFor("proposal.write")
    .input(saveDraftInput)
    .mutation(({ ctx, input }) => saveDraft({ ctx, input })),
  discardDraft: procedureFor("proposal.write")
    .input(stepInput)
    .mutation(({ ctx, input }) => discardDraft({ ctx, input })),
  inviteCosigners: procedureFor("proposal.write")
    .input(inviteInput)
    .mutation(({ ctx, input }) => inviteCosignersTo({ ctx, input })),
  removeCosigner: procedureFor("proposal.write")
    .input(removeCosignerInput)
    .mutation(({ ctx, input }) => removeCosigner({ ctx, input })),
  /** Drafts that name the signed-in member as a co-signer and await their answer. */
  invitations: procedureFor("proposal.write").query(({ ctx }) => myInvitations({ ctx })),
  respondToInvitation: procedureFor("proposal.write")
    .input(respondInput)
    .mutation(({ ctx, input }) => respondToCosign({ ctx, input })),
  submit: procedureFor("proposal.write")
    .input(stepInput)
    .mutation(({ ctx, input }) => submitProposal({ ctx, input })),
  resubmit: procedureFor("proposal.write")
    .input(stepInput)
    .mutation(({ ctx, input }) => resubmitProposal({ ctx, input })),
  withdraw: procedureFor("proposal.write")
    .input(stepInput)
    .mutation(({ ctx, input }) => withdrawProposal({ ctx, input })),
  /** Submitted proposals of the session like what is being typed (call debounced as the member writes). */
  similar: procedureFor("proposal.write")
    .input(similarInput)
    .query(({ ctx, input }) => similarProposals({ ctx, input })),
};
