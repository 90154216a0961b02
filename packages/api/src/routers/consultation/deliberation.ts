import { publishSummaryInput, scheduleFromTopicsInput } from "../../services/consultation/deliberation/inputs";
import { publishSummary } from "../../services/consultation/deliberation/publishSummary";
import { scheduleFromTopics } from "../../services/consultation/deliberation/scheduleFromTopics";
import { procedureFor, router } from "../../trpc/procedures";

/** The liaison app's shortcuts for 民生议事堂: topics to a scheduled session, and the published summary. */
export const deliberationRouter = router({
  scheduleFromTopics: procedureFor("consultation.manage")
    .input(scheduleFromTopicsInput)
    .mutation(({ ctx, input }) => scheduleFromTopics({ ctx, input })),
  publishSummary: procedureFor("consultation.manage")
    .input(publishSummaryInput)
    .mutation(({ ctx, input }) => publishSummary({ ctx, input })),
});
