import type { DbHandle } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import { systemClock, type Clock, type Context, type CookieJar, type RequestInfo } from "./context";
import { resolveSession } from "./services/auth/session";

/** Per request: the transport's cookies and address, and the session they carry. */
export async function createContext(opts: {
  db: DbHandle;
  cookies: CookieJar;
  request: RequestInfo;
  clock?: Clock;
}): Promise<Context> {
  const clock = opts.clock ?? systemClock;
  const session = await resolveSession(opts.db, opts.cookies.get(sessionCookieName), clock.now());
  return { ...opts, clock, session };
}
