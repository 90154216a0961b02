import { pageInput } from "@cppcc/domain";
import { defaultSelection } from "../../services/consultation/invitation/defaultSelection";
import {
  consultationRefInput,
  invitationDecisionInput,
  invitationListInput,
  invitationReplyInput,
  inviteeSearchInput,
  inviteInput,
  myInvitationsInput,
} from "../../services/consultation/invitation/inputs";
import { inviteMembers } from "../../services/consultation/invitation/invite";
import { listInvitations } from "../../services/consultation/invitation/list";
import { pendingLeaves } from "../../services/consultation/invitation/pendingLeaves";
import { searchInvitees } from "../../services/consultation/invitation/members";
import { myInvitations } from "../../services/consultation/invitation/mine";
import { transitionInvitationStep } from "../../services/consultation/invitation/transition";
import { procedureFor, router } from "../../trpc/procedures";

/** Inviting members, their replies (accept, leave) and the organiser's decisions. */
export const invitationRouter = router({
  defaultSelection: procedureFor("invitation.manage")
    .input(consultationRefInput)
    .query(({ ctx, input }) => defaultSelection({ ctx, input })),
  /** Members to invite or register present, with their invitation and check-in so far. */
  members: procedureFor("invitation.manage")
    .input(inviteeSearchInput)
    .query(({ ctx, input }) => searchInvitees({ ctx, input })),
  invite: procedureFor("invitation.manage")
    .input(inviteInput)
    .mutation(({ ctx, input }) => inviteMembers({ ctx, input })),
  list: procedureFor("invitation.manage")
    .input(invitationListInput)
    .query(({ ctx, input }) => listInvitations({ ctx, input })),
  /** Leave asked and not yet decided, across the meetings one organises. */
  pendingLeaves: procedureFor("invitation.manage")
    .input(pageInput.prefault({}))
    .query(({ ctx, input }) => pendingLeaves({ ctx, input })),
  decide: procedureFor("invitation.manage")
    .input(invitationDecisionInput)
    .mutation(({ ctx, input }) => transitionInvitationStep({ ctx, input })),
  mine: procedureFor("invitation.reply")
    .input(myInvitationsInput)
    .query(({ ctx, input }) => myInvitations({ ctx, input })),
  reply: procedureFor("invitation.reply")
    .input(invitationReplyInput)
    .mutation(({ ctx, input }) => transitionInvitationStep({ ctx, input })),
});
