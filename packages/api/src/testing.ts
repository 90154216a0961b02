import { account, hashPassword, type DbHandle } from "@cppcc/db";
import { demoPassword, seedDemo } from "@cppcc/db/seed";
import { createTestDb } from "@cppcc/db/testing";
import type { Role } from "@cppcc/domain";
import type { Clock, CookieJar, CookieOptions } from "./context";
import { createContext } from "./createContext";
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
  db: DbHandle;
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

export async function createTestApi(): Promise<TestApi> {
  const db = await createTestDb();
  const { councilId } = await seedDemo(db.db);
  const clock = new TestClock();
  const caller = (jar = new MemoryCookieJar(), ip = "127.0.0.1") =>
    createCaller(() => createContext({ db, cookies: jar, request: { ip, userAgent: "vitest" }, clock }));
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
      await db.db.insert(account).values({
        councilId,
        username: a.username,
        displayName: a.username,
        role: a.role,
        passwordHash: await hashPassword(demoPassword),
        townshipId: a.townshipId ?? null,
        handlingUnitId: a.handlingUnitId ?? null,
        memberId: a.memberId ?? null,
      });
      const jar = new MemoryCookieJar();
      await caller(jar).auth.login({ username: a.username, password: demoPassword });
      return caller(jar);
    },
    close: () => db.close(),
  };
}
