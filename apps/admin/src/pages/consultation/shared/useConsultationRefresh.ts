import { useTRPC } from "@cppcc/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

/** After a step every consultation read may have changed (detail, lists, plan progress, counts): read them again. */
export function useConsultationRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries(trpc.consultation.pathFilter()), [queryClient, trpc]);
}
