import type { ResidentTopicState } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";

/** One township's topics in one moderation state, newest first, a page at a time. */
export function useTopicPages(townshipId: string, state: ResidentTopicState) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.consultation.residentTopic.list.infiniteQueryOptions(
      { townshipId, state, limit: 30 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
}
