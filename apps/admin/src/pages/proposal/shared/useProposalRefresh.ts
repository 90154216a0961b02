import { useTRPC } from "@cppcc/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

/** After a step every proposal read may have changed (lists, detail, timeline, counts): read them again. */
export function useProposalRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries(trpc.proposal.pathFilter()), [queryClient, trpc]);
}
