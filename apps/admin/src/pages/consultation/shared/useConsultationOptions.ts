import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";

/** The council's consultation rules (categories, deadlines, code lifetime); they rarely change. */
export function useConsultationOptions() {
  const trpc = useTRPC();
  return useQuery(trpc.consultation.options.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
