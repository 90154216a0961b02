import { account, hashPassword, insertAccounts } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { demoPassword, seedDemo } from "@cppcc/db/seed";
import { createTestDb, type TestDb } from "@cppcc/db/testing";
import type { Role } from "@cppcc/domain";
import type { Clock, CookieJar, CookieOptions } from "./context";
import { createContext } from "./createContext";
import type { SmsGateway } from "./services/sms/gateway";
import type { WechatGateway } from "./services/wechat/gateway";
import { appRouter } from "./root";
import { createCallerFactory } from "./trpc/procedures";

/** A real cookie jar kept in memory: what a browser would send back on the next request. */
export class MemoryCookieJar implements CookieJar {
  readonly values = new Map<string, { value: string; options: CookieOptions }>();
  get = (name: string) => this.values.get(name)?.value;
  set = (name: string, value: string, options: CookieOptions) => void this.values.set(name, { value, options });
  clear = (name: string) => void this.values.delete(name);
}

/**
 * The services' clock in a test: the real time until `set`, then that moment, moving on as real
 * time does (so the order of rows written within one test stays true). `reset` returns to real time.
 */
export class TestClock implements Clock {
  private offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
  set(at: Date | string) {
    this.offsetMs = new Date(at).getTime() - Date.now();
  }
  advance(ms: number) {
    this.offsetMs += ms;
  }
  reset() {
    this.offsetMs = 0;
  }
}

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export type TestApi = {
  db: TestDb;
  councilId: string;
  /** What every caller's services take as now; set it to test deadlines, windows and overdue lists. */
  clock: TestClock;
  /** A caller for one simulated browser; each call re-reads the session from its cookies, like a request. */
  caller: (jar?: MemoryCookieJar, ip?: string) => Caller;
  loginAs: (role: Role, ip?: string) => Promise<{ caller: Caller; jar: MemoryCookieJar }>;
  /** Another login (a second liaison, handler or member) inserted directly, then signed in. */
  addLogin: (a: { username: string; role: Role; townshipId?: string; handlingUnitId?: string; memberId?: string }) => Promise<Caller>;
  close: () => Promise<void>;
};

/** `sms`, `wechat`: gateways (pointed at stand-ins) to test with them configured; without them they are not offered. */
export async function createTestApi(options: { sms?: SmsGateway | null; wechat?: WechatGateway | null } = {}): Promise<TestApi> {
  const db = await createTestDb();
  const { councilId } = await seedDemo(db.db);
  const clock = new TestClock();
  const caller = (jar = new MemoryCookieJar(), ip = "127.0.0.1") =>
    createCaller(() => createContext({ db, cookies: jar, request: { ip, userAgent: "vitest" }, clock, sms: options.sms ?? null, wechat: options.wechat ?? null }));
  return {
    db,
    councilId,
    clock,
    caller,
    loginAs: async (role, ip) => {
      const jar = new MemoryCookieJar();
      await caller(jar, ip).auth.login({ username: role, password: demoPassword });
      return { caller: caller(jar, ip), jar };
    },
    addLogin: async (a) => {
      await insertAccounts(db.db, [
        {
        councilId,
        username: a.username,
        displayName: a.username,
        role: a.role,
        passwordHash: await hashPassword(demoPassword),
        townshipId: a.townshipId ?? null,
        handlingUnitId: a.handlingUnitId ?? null,
        memberId: a.memberId ?? null,
        },
      ]);
      const jar = new MemoryCookieJar();
      await caller(jar).auth.login({ username: a.username, password: demoPassword });
      return caller(jar);
    },
    close: () => db.close(),
  };
}

/**
 * The username of the member's login, if the member has one: a member has one login at most (a
 * unique index), so a fixture asked for a member's login again signs in with it instead of adding one.
 */
export async function existingMemberLogin(api: Pick<TestApi, "db">, memberId: string | null | undefined): Promise<string | null> {
  if (!memberId) return null;
  const [row] = await api.db.db.select({ username: account.username }).from(account).where(eq(account.memberId, memberId)).limit(1);
  return row?.username ?? null;
}
