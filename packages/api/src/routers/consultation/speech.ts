import { speechInput } from "@cppcc/domain";
import { listSpeeches, speechListInput } from "../../services/consultation/speech/list";
import { recordSpeech } from "../../services/consultation/speech/record";
import { procedureFor, router } from "../../trpc/procedures";

export const speechRouter = router({
  list: procedureFor("consultation.read")
    .input(speechListInput)
    .query(({ ctx, input }) => listSpeeches({ ctx, input })),
  record: procedureFor("speech.record")
    .input(speechInput)
    .mutation(({ ctx, input }) => recordSpeech({ ctx, input })),
});
