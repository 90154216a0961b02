import { residentTopicInput } from "@cppcc/domain";
import { publicPageInput, publicTownshipInput, topicLookupInput } from "../../services/consultation/topic/inputs";
import { lookupTopic } from "../../services/consultation/topic/lookup";
import { publicSummaries, publicTopics, publicTownship } from "../../services/consultation/topic/public";
import { submitTopic } from "../../services/consultation/topic/submit";
import { publicProcedure, router } from "../../trpc/procedures";

/**
 * The residents' page of a township, without an account: raise a topic (rate limited per address),
 * follow it with its receipt, see the accepted topics (no names or phones) and the published deliberation summaries.
 */
export const publicTopicRouter = router({
  township: publicProcedure.input(publicTownshipInput).query(({ ctx, input }) => publicTownship({ ctx, input })),
  topics: publicProcedure.input(publicPageInput).query(({ ctx, input }) => publicTopics({ ctx, input })),
  summaries: publicProcedure.input(publicPageInput).query(({ ctx, input }) => publicSummaries({ ctx, input })),
  submit: publicProcedure.input(residentTopicInput).mutation(({ ctx, input }) => submitTopic({ ctx, input })),
  // A mutation (POST) so the receipt and the phone digits stay out of URLs and request logs; it is rate limited too.
  lookup: publicProcedure.input(topicLookupInput).mutation(({ ctx, input }) => lookupTopic({ ctx, input })),
});
