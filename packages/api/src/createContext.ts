import type { DbHandle } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import { systemClock, type Clock, type Context, type CookieJar, type RequestInfo } from "./context";
import { loadCouncilScope } from "./councilScope";
import { resolveSession } from "./services/auth/session";
import type { SmsGateway } from "./services/sms/gateway";
import type { WechatGateway } from "./services/wechat/gateway";

/** Per request: the transport's cookies and address, the session they carry and the councils it reaches. */
export async function createContext(opts: {
  db: DbHandle;
  cookies: CookieJar;
  request: RequestInfo;
  clock?: Clock;
  /** The configured SMS provider (`apps/server/src/config.ts`); absent when SMS is not configured. */
  sms?: SmsGateway | null;
  /** The configured 公众号; absent when WeChat is not configured. */
  wechat?: WechatGateway | null;
}): Promise<Context> {
  const clock = opts.clock ?? systemClock;
  const session = await resolveSession(opts.db, opts.cookies.get(sessionCookieName), clock.now());
  const scope = session ? await loadCouncilScope(opts.db.db, session.council.id, session.account.role) : null;
  return { ...opts, clock, session, scope, sms: opts.sms ?? null, wechat: opts.wechat ?? null };
}
