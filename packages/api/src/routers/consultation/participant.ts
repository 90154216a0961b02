import { participantInput } from "@cppcc/domain";
import { listParticipants, participantListInput, participantRemoveInput } from "../../services/consultation/participant/list";
import { recordParticipant, removeParticipant } from "../../services/consultation/participant/record";
import { procedureFor, router } from "../../trpc/procedures";

/** Non-member participants (部门代表、群众、领导、专家): recorded like attendance, and so under its permission. */
export const participantRouter = router({
  list: procedureFor("attendance.mark")
    .input(participantListInput)
    .query(({ ctx, input }) => listParticipants({ ctx, input })),
  record: procedureFor("attendance.mark")
    .input(participantInput)
    .mutation(({ ctx, input }) => recordParticipant({ ctx, input })),
  remove: procedureFor("attendance.mark")
    .input(participantRemoveInput)
    .mutation(({ ctx, input }) => removeParticipant({ ctx, input })),
});
