export { appRouter, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createCallerFactory } from "./trpc/procedures";
export type { Meta } from "./trpc/init";
export type { Context, CookieJar, CookieOptions, RequestInfo, Session } from "./context";
export { createContext } from "./createContext";
export { publicTopicRetryAfter } from "./services/consultation/topic/refusals";
export { resolveSession } from "./services/auth/session";
