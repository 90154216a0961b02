import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";

/** The council's categories, result words, deadlines and star range; they rarely change. */
export function useConsultationOptions() {
  const trpc = useTRPC();
  return useQuery(trpc.consultation.options.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

/** The handling units a suggestion may be routed to (retired ones get no new work). */
export function useHandlingUnits() {
  const trpc = useTRPC();
  return useQuery(
    trpc.roster.lookups.queryOptions(undefined, {
      staleTime: 5 * 60_000,
      select: (l) => l.handlingUnits.filter((u) => u.active),
    }),
  );
}
