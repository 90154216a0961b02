import type { ProposalStatus } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";

/** The member's own proposals (led or co-signed), newest first, a page at a time. */
export function useProposalPages(statuses: readonly ProposalStatus[] | undefined) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.proposal.list.infiniteQueryOptions(
      { statuses: statuses && [...statuses], limit: 20 },
      // Back from writing (a swipe, not only 返回) shows the draft as saved a moment ago.
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData, staleTime: 0 },
    ),
  );
}
