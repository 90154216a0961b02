import { useTRPC } from "@cppcc/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

/** After an answer or a return the inbox, its counts and the home card are read again. */
export function useSuggestionRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries(trpc.consultation.suggestion.pathFilter()), [queryClient, trpc]);
}
