import type { NotificationItem, Page } from "@cppcc/domain";
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc/context";

/** How often the badges ask again while the app stays open (and at once when the window regains focus). */
export const unreadPollMs = 60_000;
const pageSize = 20;

/** `notification.unreadCount` for the bell, the menu entry and the tab: one query every badge shares. */
export function useUnreadCount(): number {
  const trpc = useTRPC();
  const { data } = useQuery(
    trpc.notification.unreadCount.queryOptions(undefined, {
      refetchInterval: unreadPollMs,
      refetchOnWindowFocus: "always",
      staleTime: 10_000,
    }),
  );
  // Until the first answer the badge shows nothing, never a guess; later answers replace it in place.
  return data?.unread ?? 0;
}

/** One's own notifications a page at a time, newest first; 未读 or 全部. */
export function useNotificationPages(unreadOnly: boolean, enabled = true) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.notification.list.infiniteQueryOptions(
      { unreadOnly, limit: pageSize },
      {
        enabled,
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        // Switching 未读 ⇄ 全部 keeps the rows on screen until the other list arrives.
        placeholderData: keepPreviousData,
        staleTime: 0,
        // A list left open takes in what arrived, at the badges' pace.
        refetchInterval: unreadPollMs,
      },
    ),
  );
}

type Pages = InfiniteData<Page<NotificationItem>>;

/**
 * Marking read, one or all. The lists already on screen change in place (the row loses its unread
 * style but stays where it is, so nothing jumps under the finger) and the count is asked again.
 */
export function useMarkRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const markLocally = useCallback(
    (isMarked: (item: NotificationItem) => boolean) => {
      const readAt = new Date();
      queryClient.setQueriesData<Pages>({ queryKey: trpc.notification.list.pathKey() }, (data) =>
        data
          ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map((i) => (!i.readAt && isMarked(i) ? { ...i, readAt } : i)) })) }
          : data,
      );
    },
    [queryClient, trpc],
  );
  const recount = useCallback(() => queryClient.invalidateQueries({ queryKey: trpc.notification.unreadCount.queryKey() }), [queryClient, trpc]);
  const one = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: (_data, { ids }) => {
        markLocally((i) => ids.includes(i.id));
        void recount();
      },
    }),
  );
  const all = useMutation(
    trpc.notification.markAllRead.mutationOptions({
      onSuccess: () => {
        markLocally(() => true);
        queryClient.setQueryData(trpc.notification.unreadCount.queryKey(), { unread: 0 });
        void recount();
      },
    }),
  );
  return {
    /** Marks it read unless it already is; the person's click never waits for the answer. */
    markRead: (item: NotificationItem) => {
      if (!item.readAt) one.mutate({ ids: [item.id] });
    },
    markAllRead: () => all.mutate(),
    markingAll: all.isPending,
    error: one.error ?? all.error,
  };
}

/** Reloads the counts and lists (pull to refresh, 刷新). */
export function useRefreshNotifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() }), [queryClient, trpc]);
}
