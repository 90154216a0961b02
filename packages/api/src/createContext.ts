import type { DbHandle } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import type { Context, CookieJar, RequestInfo } from "./context";
import { resolveSession } from "./services/auth/session";

/** Per request: the transport's cookies and address, and the session they carry. */
export async function createContext(opts: { db: DbHandle; cookies: CookieJar; request: RequestInfo }): Promise<Context> {
  const session = await resolveSession(opts.db, opts.cookies.get(sessionCookieName));
  return { ...opts, session };
}
