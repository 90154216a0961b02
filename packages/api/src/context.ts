import type { DbHandle } from "@cppcc/db";
import type { Actor, CouncilLevel, Role } from "@cppcc/domain";

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
};

/** After the session check: who is acting, for the policy and for services' scope checks. */
export type SignedInContext = Context & { session: Session; actor: Actor };

export function actorOf(session: Session): Actor {
  const { account, council } = session;
  return {
    role: account.role,
    councilId: council.id,
    townshipId: account.townshipId,
    handlingUnitId: account.handlingUnitId,
    memberId: account.memberId,
  };
}
