export { appRouter, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createCallerFactory } from "./trpc/procedures";
export type { Meta } from "./trpc/init";
export type { Context, CookieJar, CookieOptions, RequestInfo, Session } from "./context";
export { createContext } from "./createContext";
export { resolveSession } from "./services/auth/session";
