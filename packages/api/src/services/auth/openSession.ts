import { session, type account, type DbOrTx } from "@cppcc/db";
import { sessionCookieName, sessionIdleDays } from "@cppcc/domain";
import type { Context, Session, SessionCouncil } from "../../context";
import { sessionActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { sessionExpiry } from "./session";
import { newSessionToken } from "./token";

export type SignInVia = "password" | "sms";

/**
 * The session a proven person gets, by password or by a texted code alike: the row, the audit entry
 * (`auth.login`, saying how) and the cookie. A code proves the phone, not the password the office
 * handed over, so only a password login is held to changing that password first.
 */
export async function openSession(
  ctx: Context,
  tx: DbOrTx,
  row: { account: typeof account.$inferSelect; council: SessionCouncil },
  via: SignInVia,
): Promise<{ session: Session; token: string }> {
  const now = ctx.clock.now();
  const ip = ctx.request.ip;
  const { token, tokenHash } = newSessionToken();
  const { id, username, displayName, role, townshipId, handlingUnitId, memberId, mustChangePassword } = row.account;
  const signedIn: Session = {
    tokenHash,
    account: { id, username, displayName, role, townshipId, handlingUnitId, memberId, mustChangePassword: mustChangePassword && via === "password" },
    council: row.council,
  };
  await tx.insert(session).values({
    tokenHash,
    accountId: id,
    councilId: row.council.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiry(now, now),
    ip,
    userAgent: ctx.request.userAgent?.slice(0, 300) ?? null,
    via,
  });
  await recordEvent(tx, sessionActor(signedIn, ip), {
    action: "auth.login",
    entity: "session",
    entityId: tokenHash.slice(0, 16),
    after: via === "sms" ? { via } : undefined,
    occurredAt: now,
  });
  return { session: signedIn, token };
}

/** After the transaction that opened it committed: a cookie for a session that exists. */
export function setSessionCookie(ctx: Context, token: string) {
  ctx.cookies.set(sessionCookieName, token, { maxAgeSeconds: sessionIdleDays * 24 * 60 * 60 });
}
