import { useTRPC } from "@cppcc/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

/**
 * After any step, everything of consultation is read again: a session's counts, its buttons,
 * the topics it took and the open-items list all move together, and they are small reads.
 */
export function useConsultationRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries(trpc.consultation.pathFilter()), [queryClient, trpc]);
}
