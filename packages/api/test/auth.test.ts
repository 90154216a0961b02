import { demoAccounts, demoPassword } from "@cppcc/db/seed";
import { account, session } from "@cppcc/db";
import { loginThrottle, sessionCookieName } from "@cppcc/domain";
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, MemoryCookieJar, type TestApi } from "../src/testing";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

describe("auth", () => {
  it.each(demoAccounts.map((a) => [a.role, a.username] as const))(
    "logs in as %s, sets an httpOnly session cookie and me returns the role and council",
    async (role, username) => {
      const jar = new MemoryCookieJar();
      const result = await api.caller(jar).auth.login({ username, password: demoPassword });
      expect(result.account.role).toBe(role);
      const cookie = jar.values.get(sessionCookieName);
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookie?.options.maxAgeSeconds).toBeGreaterThan(0);

      const me = await api.caller(jar).auth.me();
      expect(me?.account.username).toBe(username);
      expect(me?.account.role).toBe(role);
      expect(me?.council.name).toBe("政协平湖市委员会");
      // The database keeps only the token's digest.
      const rows = await api.db.db.select().from(session).where(eq(session.tokenHash, cookie!.value));
      expect(rows).toHaveLength(0);
    },
  );

  it("is case-insensitive in the username", async () => {
    const r = await api.caller().auth.login({ username: "ADMIN", password: demoPassword });
    expect(r.account.username).toBe("admin");
  });

  it("answers an unknown account and a wrong password with the same message", async () => {
    const wrong = await errorOf(api.caller(undefined, "10.0.0.1").auth.login({ username: "member", password: "nope-nope" }));
    const unknown = await errorOf(api.caller(undefined, "10.0.0.1").auth.login({ username: "ghost", password: "nope-nope" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(wrong.message).toBe("用户名或密码错误");
    expect(unknown.message).toBe(wrong.message);
  });

  it("throttles an account after repeated failures, even with the right password then", async () => {
    const ip = "10.0.0.2";
    for (let i = 0; i < loginThrottle.maxFailuresPerAccount; i++) {
      await errorOf(api.caller(undefined, `10.0.1.${i}`).auth.login({ username: "handler", password: "wrong-one" }));
    }
    const e = await errorOf(api.caller(undefined, ip).auth.login({ username: "handler", password: demoPassword }));
    expect(e.code).toBe("TOO_MANY_REQUESTS");
    expect(e.message).toMatch(/登录失败次数过多，请 \d+ 分钟后再试/);
    // Another account from another address is unaffected.
    await expect(api.caller(undefined, ip).auth.login({ username: "admin", password: demoPassword })).resolves.toBeTruthy();
  });

  it("throttles an address that tries many accounts", async () => {
    const ip = "10.0.0.3";
    for (let i = 0; i < loginThrottle.maxFailuresPerAddress; i++) {
      await errorOf(api.caller(undefined, ip).auth.login({ username: `guess${i}`, password: "wrong-one" }));
    }
    const e = await errorOf(api.caller(undefined, ip).auth.login({ username: "member", password: demoPassword }));
    expect(e.code).toBe("TOO_MANY_REQUESTS");
    await expect(api.caller(undefined, "10.0.0.4").auth.login({ username: "member", password: demoPassword })).resolves.toBeTruthy();
  });

  it("logs out: the session is gone from the database and the cookie is cleared", async () => {
    const { jar } = await api.loginAs("member");
    expect(await api.caller(jar).auth.me()).not.toBeNull();
    await api.caller(jar).auth.logout();
    expect(jar.values.has(sessionCookieName)).toBe(false);
    expect(await api.caller(jar).auth.me()).toBeNull();
  });

  it("treats an expired session as signed out and refuses signed-in calls with UNAUTHORIZED", async () => {
    const { jar } = await api.loginAs("admin");
    await api.db.db.execute(sql`update session set expires_at = now() - interval '1 minute'`);
    expect(await api.caller(jar).auth.me()).toBeNull();
    const e = await errorOf(api.caller(jar).council.overview());
    expect(e.code).toBe("UNAUTHORIZED");
    expect(e.message).toBe("登录已过期，请重新登录");
  });

  it("ends a session idle for more than the idle window, and keeps one in use up to the absolute cap", async () => {
    const day = 24 * 60 * 60 * 1000;
    try {
      api.clock.set("2027-03-01T09:00:00+08:00");
      const idle = await api.loginAs("liaison");
      const busy = await api.loginAs("handler");
      for (let d = 6; d <= 29; d += 6) {
        api.clock.set(new Date(Date.parse("2027-03-01T09:00:00+08:00") + d * day));
        expect((await busy.caller.auth.me())?.account.username).toBe("handler");
      }
      expect(await idle.caller.auth.me()).toBeNull();
      api.clock.set(new Date(Date.parse("2027-03-01T09:00:00+08:00") + 31 * day));
      expect(await busy.caller.auth.me()).toBeNull();
    } finally {
      api.clock.reset();
    }
  });

  it("refuses a disabled account and ends its sessions' use", async () => {
    const { jar } = await api.loginAs("liaison");
    await api.db.db.update(account).set({ disabledAt: new Date() }).where(eq(account.username, "liaison"));
    expect(await api.caller(jar).auth.me()).toBeNull();
    const e = await errorOf(api.caller(undefined, "10.0.0.9").auth.login({ username: "liaison", password: demoPassword }));
    expect(e.message).toBe("该账号已停用，请联系市政协办公室");
    await api.db.db.update(account).set({ disabledAt: null }).where(eq(account.username, "liaison"));
  });

  it("writes an audit row for each login", async () => {
    const before = await api.db.db.execute(sql`select count(*)::int as n from audit_log where action = 'auth.login'`);
    await api.loginAs("admin");
    const after = await api.db.db.execute(sql`select count(*)::int as n from audit_log where action = 'auth.login'`);
    const n = (r: unknown) => ((r as { rows?: { n: number }[] }).rows ?? (r as { n: number }[]))[0]!.n;
    expect(n(after)).toBe(n(before) + 1);
  });
});

describe("malformed input", () => {
  const bad: [string, unknown, RegExp][] = [
    ["wrong types", { username: 42, password: true }, /用户名须为文字；密码须为文字/],
    ["missing fields", {}, /请输入用户名/],
    ["a 1 MB string", { username: "a".repeat(1024 * 1024), password: "x" }, /用户名不能超过 64 个字符/],
    ["not an object", "admin", /期望 object/],
  ];
  it.each(bad)("%s gets BAD_REQUEST with a readable message", async (_name, input, message) => {
    const e = await errorOf(api.caller().auth.login(input as never));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/^\[/);
  });
});
