import type { AppRouter } from "@cppcc/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** The one typed tRPC context every app uses: `useTRPC()` gives query and mutation options. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
