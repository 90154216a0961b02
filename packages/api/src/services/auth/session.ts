import { account, council, session, type DbHandle } from "@cppcc/db";
import { sessionIdleDays, sessionMaxDays } from "@cppcc/domain";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Session } from "../../context";
import { hashToken } from "./token";

const day = 24 * 60 * 60 * 1000;
// Extending on every request would write on every read; once an hour keeps the idle window honest.
const touchEvery = 60 * 60 * 1000;

export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + sessionIdleDays * day, createdAt.getTime() + sessionMaxDays * day));
}

/** What a session knows of its account and council: read for a cookie here, and for the demo year's people. */
export const sessionColumns = {
  account: {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    townshipId: account.townshipId,
    handlingUnitId: account.handlingUnitId,
    memberId: account.memberId,
    mustChangePassword: account.mustChangePassword,
  },
  council: { id: council.id, name: council.name, level: council.level },
};

/** The live session behind a cookie token, or null when absent, expired, or its account disabled. */
export async function resolveSession(db: DbHandle, token: string | undefined, now: Date): Promise<Session | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const [row] = await db.db
    .select({
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      ...sessionColumns,
      account: {
        ...sessionColumns.account,
        // Only a password login is held to changing the password the office handed over (a texted code proves the phone).
        mustChangePassword: sql<boolean>`(${account.mustChangePassword} and ${session.via} = 'password')`.mapWith(Boolean),
      },
    })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .innerJoin(council, eq(council.id, session.councilId))
    .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now), isNull(account.disabledAt)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > touchEvery) {
    await db.db
      .update(session)
      .set({ lastSeenAt: now, expiresAt: sessionExpiry(row.createdAt, now) })
      .where(eq(session.tokenHash, tokenHash));
  }
  return { tokenHash, account: row.account, council: row.council };
}
