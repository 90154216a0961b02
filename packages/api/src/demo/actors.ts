import { account, council, type DbHandle } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import type { Clock, Context, CookieJar, Session } from "../context";
import { loadCouncilScope } from "../councilScope";
import { appRouter } from "../root";
import { sessionColumns } from "../services/auth/session";
import { createCallerFactory } from "../trpc/procedures";

const createCaller = createCallerFactory(appRouter);
export type DemoCaller = ReturnType<typeof createCaller>;

// The generator acts as the people of the demo city without their passwords: nothing reads
// these cookies, and the audit rows name this browser so nobody mistakes the year for real use.
const noCookies: CookieJar = { get: () => undefined, set: () => {}, clear: () => {} };
const request = { ip: "127.0.0.1", userAgent: "演示数据生成（demo-year）" };

/**
 * A caller acting as one account of the council, through the same procedures (input schemas,
 * permissions, services) a signed-in browser uses, on the generator's clock.
 */
export async function callerFor(db: DbHandle, councilId: string, username: string, clock: Clock): Promise<DemoCaller> {
  const [row] = await db.db
    .select(sessionColumns)
    .from(account)
    .innerJoin(council, eq(council.id, account.councilId))
    .where(and(eq(account.councilId, councilId), eq(account.username, username)));
  if (!row) throw new Error(`演示账号 ${username} 不存在，请先写入演示城市的名册与账号`);
  const session: Session = { tokenHash: "", account: row.account, council: row.council };
  const scope = await loadCouncilScope(db.db, councilId, row.account.role);
  return createCaller((): Context => ({ db, cookies: noCookies, request, clock, session, scope, sms: null, wechat: null }));
}

/** A resident on the public topic page, from an address of the documentation range (one per resident). */
export function residentCaller(db: DbHandle, clock: Clock, n: number): DemoCaller {
  return createCaller((): Context => ({
    db,
    cookies: noCookies,
    request: { ip: `198.51.100.${n}`, userAgent: request.userAgent },
    clock,
    session: null,
    scope: null,
    sms: null,
    wechat: null,
  }));
}
