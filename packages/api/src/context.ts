import type { DbHandle } from "@cppcc/db";
import type { CouncilLevel, CouncilScope, Role } from "@cppcc/domain";
import type { PersonActor, ServiceContext } from "./serviceContext";
import type { SmsGateway } from "./services/sms/gateway";
import type { WechatGateway } from "./services/wechat/gateway";

export type CookieOptions = { maxAgeSeconds: number };

/** What the transport must provide for sessions; the server backs it with real cookies. */
export type CookieJar = {
  get: (name: string) => string | undefined;
  set: (name: string, value: string, options: CookieOptions) => void;
  clear: (name: string) => void;
};

export type SessionAccount = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  townshipId: string | null;
  handlingUnitId: string | null;
  memberId: string | null;
  /** Set while the password is still the one the office handed over; the API then answers little else. */
  mustChangePassword: boolean;
};

export type SessionCouncil = { id: string; name: string; level: CouncilLevel };

export type Session = { tokenHash: string; account: SessionAccount; council: SessionCouncil };

export type RequestInfo = { ip: string; userAgent: string | null };

/** Services read the time only from here, so tests and jobs can set it (deadlines, windows, overdue). */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export type Context = {
  db: DbHandle;
  cookies: CookieJar;
  request: RequestInfo;
  clock: Clock;
  session: Session | null;
  /** The councils the session's account works in (its own, and those below for an upper-level office). */
  scope: CouncilScope | null;
  /** Texts go out through this when the server is configured for SMS; null offers no SMS anywhere. */
  sms: SmsGateway | null;
  /** The 公众号 the server is configured for (binding, template messages); null shows nothing of WeChat. */
  wechat: WechatGateway | null;
};

/**
 * After the session check: a service context whose actor is the signed-in person, with the
 * request's cookies and address besides.
 */
export type SignedInContext = Context & ServiceContext & { session: Session; actor: PersonActor; scope: CouncilScope; request: RequestInfo };

export function actorOf(session: Session): PersonActor {
  const { account, council } = session;
  return {
    kind: "person",
    accountId: account.id,
    role: account.role,
    councilId: council.id,
    townshipId: account.townshipId,
    handlingUnitId: account.handlingUnitId,
    memberId: account.memberId,
  };
}
