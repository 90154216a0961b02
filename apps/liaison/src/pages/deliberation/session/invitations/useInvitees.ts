import type { InvitationState } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";

/** The invitation list a page at a time, in pinyin order, optionally one reply state; `live` follows replies and check-ins as they come. */
export function useInvitationPages(consultationId: string, state: InvitationState | null, live: boolean) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.consultation.invitation.list.infiniteQueryOptions(
      { consultationId, state, limit: 30 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData, refetchInterval: live ? 10_000 : false },
    ),
  );
}

/** The invited members as choices for a speaker or a suggestion's author (a session invites dozens, not hundreds). */
export function useInviteeOptions(consultationId: string) {
  const trpc = useTRPC();
  return useQuery(
    trpc.consultation.invitation.list.queryOptions(
      { consultationId, limit: 200 },
      {
        select: (p) =>
          p.items
            .filter((i) => i.state !== "withdrawn")
            .map((i) => ({ value: i.memberId, label: `${i.memberName}（${i.sectorName}）`, name: i.memberName })),
      },
    ),
  );
}
