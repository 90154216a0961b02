import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";

/** Sessions, rules and units change rarely: every proposal screen shares one copy for a while. */
export function useProposalOptions() {
  const trpc = useTRPC();
  return useQuery(trpc.proposal.options.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
