import type { AppRouter } from "@cppcc/api";
import { QueryClientProvider } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import { setSessionNotice } from "../session/notice";
import { makeTRPCClient } from "./client";
import { TRPCProvider } from "./context";
import { makeQueryClient } from "./queryClient";

function makeApi(url: string | undefined) {
  const trpcClient = makeTRPCClient(url);
  // The handler runs only after a call fails, long after `trpc` below exists.
  const queryClient = makeQueryClient((error) => {
    const meKey = trpc.auth.me.queryKey();
    // Already signed out (e.g. a wrong password at login): nothing to end.
    if (queryClient.getQueryData(meKey) === null) return;
    setSessionNotice(error.message);
    // With no session the guards show the login page; they read auth.me, so that is the switch.
    queryClient.setQueryData(meKey, null);
  });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  return { trpcClient, queryClient };
}

/** tRPC and react-query for one app; put it at the root, above the router. */
export function ApiProvider({ children, url }: { children: ReactNode; url?: string }) {
  const [api] = useState(() => makeApi(url));
  return (
    <QueryClientProvider client={api.queryClient}>
      <TRPCProvider trpcClient={api.trpcClient} queryClient={api.queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
