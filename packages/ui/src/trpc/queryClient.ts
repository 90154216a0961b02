import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isFinal, isUnauthorized } from "./errors";

/**
 * Every query and mutation goes through these caches, so one handler sees every UNAUTHORIZED:
 * that is how an expired session anywhere in an app returns the person to login.
 */
export function makeQueryClient(onUnauthorized: (error: Error) => void): QueryClient {
  const onError = (error: Error) => {
    if (isUnauthorized(error)) onUnauthorized(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !isFinal(error) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
