import type { AppRouter } from "@cppcc/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";

/** The API lives on the same origin as every app (the server serves both); in dev Vite proxies it. */
export function makeTRPCClient(url = "/trpc") {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        transformer: superjson,
        // The server refuses bigger batches (maxBatchSize), so one request cannot run thousands of calls.
        maxItems: 20,
        // The session is an httpOnly cookie: the browser must send it, scripts never see it.
        fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
      }),
    ],
  });
}
