import { idInput } from "../../services/consultation/shared/fields";
import { topicListInput, topicModerateInput } from "../../services/consultation/topic/inputs";
import { getTopic, listTopics } from "../../services/consultation/topic/list";
import { moderateTopic } from "../../services/consultation/topic/moderate";
import { procedureFor, router } from "../../trpc/procedures";

/** The officer's side of residents' topics: the moderation queue and its decisions. */
export const residentTopicRouter = router({
  list: procedureFor("residentTopic.read")
    .input(topicListInput)
    .query(({ ctx, input }) => listTopics({ ctx, input })),
  get: procedureFor("residentTopic.read")
    .input(idInput("议题"))
    .query(({ ctx, input }) => getTopic({ ctx, input })),
  moderate: procedureFor("residentTopic.moderate")
    .input(topicModerateInput)
    .mutation(({ ctx, input }) => moderateTopic({ ctx, input })),
});
