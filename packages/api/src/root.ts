import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account";
import { attachmentRouter } from "./routers/attachment";
import { authRouter } from "./routers/auth";
import { consultationRouter } from "./routers/consultation";
import { councilRouter } from "./routers/council";
import { deadlineExtensionRouter } from "./routers/deadlineExtension";
import { dutyRouter } from "./routers/duty";
import { evaluationRouter } from "./routers/evaluation";
import { healthRouter } from "./routers/health";
import { homeRouter } from "./routers/home";
import { notificationRouter } from "./routers/notification";
import { proposalRouter } from "./routers/proposal";
import { rosterRouter } from "./routers/roster";
import { searchRouter } from "./routers/search";
import { wechatRouter } from "./routers/wechat";
import { router } from "./trpc/procedures";

export const appRouter = router({
  account: accountRouter,
  attachment: attachmentRouter,
  auth: authRouter,
  consultation: consultationRouter,
  council: councilRouter,
  deadlineExtension: deadlineExtensionRouter,
  duty: dutyRouter,
  evaluation: evaluationRouter,
  health: healthRouter,
  home: homeRouter,
  notification: notificationRouter,
  proposal: proposalRouter,
  roster: rosterRouter,
  search: searchRouter,
  wechat: wechatRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
