import { account, council, dummyPasswordHash, verifyPassword } from "@cppcc/db";
import { badCredentialsMessage, Unauthorized, type LoginInput } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { Context, Session } from "../../context";
import { openSession, setSessionCookie } from "./openSession";
import { assertNotThrottled, clearAccountFailures, recordFailure } from "./throttle";

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

  const opened = await db.transaction(async (tx) => {
    await clearAccountFailures(tx, input.username);
    return openSession(ctx, tx, row, "password");
  });
  setSessionCookie(ctx, opened.token);
  return opened.session;
}
