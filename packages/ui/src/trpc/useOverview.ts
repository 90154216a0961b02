import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "./context";

/** `council.overview`: the signed-in person's council, its parent, townships and account counts. */
export function useOverview() {
  const trpc = useTRPC();
  return useQuery(trpc.council.overview.queryOptions());
}
