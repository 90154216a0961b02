import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account";
import { annualReportRouter } from "./routers/annualReport";
import { attachmentRouter } from "./routers/attachment";
import { authRouter } from "./routers/auth";
import { consultationRouter } from "./routers/consultation";
import { councilRouter } from "./routers/council";
import { deadlineExtensionRouter } from "./routers/deadlineExtension";
import { dutyRouter } from "./routers/duty";
import { evaluationRouter } from "./routers/evaluation";
import { figuresRouter } from "./routers/figures";
import { healthRouter } from "./routers/health";
import { homeRouter } from "./routers/home";
import { notificationRouter } from "./routers/notification";
import { pledgeRouter } from "./routers/pledge";
import { proposalRouter } from "./routers/proposal";
import { rosterRouter } from "./routers/roster";
import { searchRouter } from "./routers/search";
import { wechatRouter } from "./routers/wechat";
import { router } from "./trpc/procedures";

export const appRouter = router({
  account: accountRouter,
  annualReport: annualReportRouter,
  attachment: attachmentRouter,
  auth: authRouter,
  consultation: consultationRouter,
  council: councilRouter,
  deadlineExtension: deadlineExtensionRouter,
  duty: dutyRouter,
  evaluation: evaluationRouter,
  figures: figuresRouter,
  health: healthRouter,
  home: homeRouter,
  notification: notificationRouter,
  pledge: pledgeRouter,
  proposal: proposalRouter,
  roster: rosterRouter,
  search: searchRouter,
  wechat: wechatRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
