import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";

/** The township's active members (the officer's roster scope) as choices for a venue's hosts. */
export function useTownshipMembers() {
  const trpc = useTRPC();
  return useQuery(
    trpc.roster.members.list.queryOptions(
      { status: "active", limit: 100 },
      { staleTime: 5 * 60_000, select: (p) => p.items.map((m) => ({ value: m.id, label: m.name })) },
    ),
  );
}
