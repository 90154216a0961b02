import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc/context";
import type { Session } from "./types";

/**
 * Switches who is signed in: sets `auth.me` and forgets every other cached answer, so nothing
 * one person loaded is ever shown to the next one on the same device.
 */
export function useResetSession(): (next: Session | null) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (next) => {
      const meKey = trpc.auth.me.queryKey();
      queryClient.setQueryData(meKey, next);
      const meHash = queryClient.getQueryCache().find({ queryKey: meKey, exact: true })?.queryHash;
      queryClient.removeQueries({ predicate: (q) => q.queryHash !== meHash });
    },
    [trpc, queryClient],
  );
}
