import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc/context";
import type { MemberFilters } from "./types";

const pageSize = 30;

/**
 * The filtered member list a page at a time (keyset: the server hands back `nextCursor`).
 * While new filters load, the previous rows stay on screen instead of a blank table.
 */
export function useMemberPages(filters: MemberFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.roster.members.list.infiniteQueryOptions(
      { ...filters, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
}

/** Fellow members' public fields, for the portal directory; same paging. */
export function useDirectoryPages(filters: MemberFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.roster.members.directory.infiniteQueryOptions(
      { ...filters, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
}

/** The reference lists every roster screen needs; they rarely change, so they are kept a while. */
export function useRosterReference() {
  const trpc = useTRPC();
  return useQuery(trpc.roster.lookups.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

/** One member; `enabled` lets a drawer ask only once it has an id. */
export function useMember(id: string | null | undefined) {
  const trpc = useTRPC();
  return useQuery(trpc.roster.members.get.queryOptions({ id: id ?? "" }, { enabled: !!id }));
}
