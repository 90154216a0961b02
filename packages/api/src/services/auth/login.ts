import { account, council, session, dummyPasswordHash, verifyPassword } from "@cppcc/db";
import { badCredentialsMessage, sessionCookieName, sessionIdleDays, Unauthorized, type LoginInput } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { Context, Session } from "../../context";
import { writeAudit } from "../audit/write";
import { sessionExpiry } from "./session";
import { assertNotThrottled, clearAccountFailures, recordFailure } from "./throttle";
import { newSessionToken } from "./token";

export async function login({ ctx, input }: { ctx: Context; input: LoginInput }): Promise<Session> {
  const { db } = ctx.db;
  const ip = ctx.request.ip;
  await assertNotThrottled(db, input.username, ip, ctx.clock.now());

  const [row] = await db
    .select({ account, council: { id: council.id, name: council.name, level: council.level } })
    .from(account)
    .innerJoin(council, eq(council.id, account.councilId))
    .where(eq(account.username, input.username))
    .limit(1);

  // Verify against a dummy hash when there is no account, so the answer takes as long either way.
  const ok = await verifyPassword(row?.account.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!row || !ok) {
    await recordFailure(db, input.username, ip, ctx.clock.now());
    throw new Unauthorized(badCredentialsMessage);
  }
  if (row.account.disabledAt) throw new Unauthorized("该账号已停用，请联系市政协办公室");

  const now = ctx.clock.now();
  const { token, tokenHash } = newSessionToken();
  await db.transaction(async (tx) => {
    await tx.insert(session).values({
      tokenHash,
      accountId: row.account.id,
      councilId: row.council.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: sessionExpiry(now, now),
      ip,
      userAgent: ctx.request.userAgent?.slice(0, 300) ?? null,
    });
    await clearAccountFailures(tx, input.username);
    await writeAudit(tx, {
      councilId: row.council.id,
      accountId: row.account.id,
      action: "auth.login",
      entity: "session",
      entityId: tokenHash.slice(0, 16),
      ip,
    });
  });
  ctx.cookies.set(sessionCookieName, token, { maxAgeSeconds: sessionIdleDays * 24 * 60 * 60 });

  const { id, username, displayName, role, townshipId, handlingUnitId, memberId } = row.account;
  return {
    tokenHash,
    account: { id, username, displayName, role, townshipId, handlingUnitId, memberId },
    council: row.council,
  };
}
