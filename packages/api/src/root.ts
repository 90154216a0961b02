import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account";
import { authRouter } from "./routers/auth";
import { consultationRouter } from "./routers/consultation";
import { councilRouter } from "./routers/council";
import { deadlineExtensionRouter } from "./routers/deadlineExtension";
import { healthRouter } from "./routers/health";
import { proposalRouter } from "./routers/proposal";
import { rosterRouter } from "./routers/roster";
import { router } from "./trpc/procedures";

export const appRouter = router({
  account: accountRouter,
  auth: authRouter,
  consultation: consultationRouter,
  council: councilRouter,
  deadlineExtension: deadlineExtensionRouter,
  health: healthRouter,
  proposal: proposalRouter,
  roster: rosterRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
