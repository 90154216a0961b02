import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc/context";
import type { Session } from "./types";

export type SessionState =
  | { status: "loading" }
  | { status: "error"; error: unknown; retry: () => void }
  | { status: "signedOut" }
  | { status: "signedIn"; session: Session };

/** The signed-in person, from `auth.me`; null from the server means nobody is signed in. */
export function useSession(): SessionState {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  if (me.isPending) return { status: "loading" };
  if (me.isError) return { status: "error", error: me.error, retry: () => void me.refetch() };
  return me.data ? { status: "signedIn", session: me.data } : { status: "signedOut" };
}
