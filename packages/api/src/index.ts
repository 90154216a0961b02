export { appRouter, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createCallerFactory } from "./trpc/procedures";
export type { Meta } from "./trpc/init";
export { systemClock, type Clock, type Context, type CookieJar, type CookieOptions, type RequestInfo, type Session } from "./context";
export { createContext } from "./createContext";
export { publicRetryAfter, publicTopicRetryAfter, residentTopicRateKey, topicLookupRateKey } from "./services/consultation/topic/refusals";
export { resolveSession } from "./services/auth/session";
export { protocolMessages, readableMessage, internalMessage } from "./trpc/protocolMessages";
