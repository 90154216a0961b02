import { demoPassword } from "@cppcc/db/seed";
import { account, auditLog } from "@cppcc/db";
import { loginThrottle } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "../src/createContext";
import { appRouter } from "../src/root";
import { createTestApi, MemoryCookieJar, type TestApi } from "../src/testing";
import { errorOf } from "./roster/helpers";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

type ErrorShape = { message: string; data: { code: string; refusals?: { code: string; kind: string; message: string; field?: string }[] } };

/** One mutation as the apps send it, so the error comes through tRPC's real formatting (data.refusals). */
async function mutate(jar: MemoryCookieJar, path: string, input: unknown): Promise<ErrorShape | undefined> {
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(`http://localhost/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) }),
    router: appRouter,
    createContext: () => createContext({ db: api.db, cookies: jar, request: { ip: "127.0.0.1", userAgent: "vitest" }, clock: api.clock }),
  });
  const body = (await response.json()) as { error?: { json: ErrorShape } };
  return body.error?.json;
}

/** Signs in as `username` from a browser of its own, with its own address. */
async function signIn(username: string, password: string, ip = "127.0.0.1") {
  const jar = new MemoryCookieJar();
  await api.caller(jar, ip).auth.login({ username, password });
  return api.caller(jar, ip);
}

describe("auth.changePassword", () => {
  it("replaces the password, ends the account's other sessions, keeps this one, and audits without secrets", async () => {
    await api.addLogin({ username: "changer", role: "admin" });
    const here = await signIn("changer", demoPassword);
    const elsewhere = await signIn("changer", demoPassword, "10.1.0.1");
    const other = await signIn("admin", demoPassword);

    await expect(here.auth.changePassword({ currentPassword: demoPassword, newPassword: "Pinghu-2026" })).resolves.toEqual({ ok: true });

    expect((await here.auth.me())?.account.username).toBe("changer");
    await expect(here.account.list()).resolves.toBeTruthy();
    expect(await elsewhere.auth.me()).toBeNull();
    expect((await other.auth.me())?.account.username).toBe("admin");
    expect((await errorOf(api.caller(undefined, "10.1.0.2").auth.login({ username: "changer", password: demoPassword }))).code).toBe("UNAUTHORIZED");
    await expect(signIn("changer", "Pinghu-2026")).resolves.toBeTruthy();

    const [me] = await api.db.db.select().from(account).where(eq(account.username, "changer"));
    const audits = await api.db.db.select().from(auditLog).where(and(eq(auditLog.entityId, me!.id), eq(auditLog.action, "auth.changePassword")));
    expect(audits).toHaveLength(1);
    const written = JSON.stringify(audits[0]);
    for (const secret of [demoPassword, "Pinghu-2026", me!.passwordHash]) expect(written).not.toContain(secret);
    expect(audits[0]!.accountId).toBe(me!.id);
  });

  it("refuses a wrong current password in Chinese and counts it as a failed login of the account", async () => {
    await api.addLogin({ username: "guesser", role: "member" });
    const thief = await signIn("guesser", demoPassword, "10.2.0.1");
    const wrong = await errorOf(thief.auth.changePassword({ currentPassword: "not-it-1", newPassword: "Pinghu-2026" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toBe("当前密码不正确，请重新输入");
    for (let i = 1; i < loginThrottle.maxFailuresPerAccount; i++) {
      await errorOf(thief.auth.changePassword({ currentPassword: `not-it-${i + 1}`, newPassword: "Pinghu-2026" }));
    }
    // The account is now throttled: the right current password is refused, and so is a login from elsewhere.
    const throttled = await errorOf(thief.auth.changePassword({ currentPassword: demoPassword, newPassword: "Pinghu-2026" }));
    expect(throttled.code).toBe("TOO_MANY_REQUESTS");
    expect(throttled.message).toMatch(/失败次数过多/);
    const login = await errorOf(api.caller(undefined, "10.2.0.2").auth.login({ username: "guesser", password: demoPassword }));
    expect(login.code).toBe("TOO_MANY_REQUESTS");
    api.clock.advance(loginThrottle.windowMinutes * 60 * 1000 + 1000);
    await expect(thief.auth.changePassword({ currentPassword: demoPassword, newPassword: "Pinghu-2026" })).resolves.toEqual({ ok: true });
  });

  it("refuses a weak password with every broken rule in data.refusals", async () => {
    await api.addLogin({ username: "weakling", role: "liaison" });
    const jar = new MemoryCookieJar();
    await api.caller(jar).auth.login({ username: "weakling", password: demoPassword });
    const weak = await mutate(jar, "auth.changePassword", { currentPassword: demoPassword, newPassword: "weak" });
    expect(weak?.data.code).toBe("BAD_REQUEST");
    expect(weak?.data.refusals).toEqual([
      { code: "password.tooShort", kind: "rule", message: "新密码至少 8 位", field: "newPassword" },
      { code: "password.tooSimple", kind: "rule", message: "新密码须包含字母、数字、符号中的至少 2 类", field: "newPassword" },
    ]);
    expect(weak?.message).toBe("新密码至少 8 位");
    const same = await mutate(jar, "auth.changePassword", { currentPassword: demoPassword, newPassword: demoPassword });
    expect(same?.data.refusals?.map((r) => r.message)).toEqual(["新密码不能与当前密码相同"]);
    const name = await mutate(jar, "auth.changePassword", { currentPassword: demoPassword, newPassword: "WEAKLING" });
    expect(name?.data.refusals?.map((r) => r.code)).toEqual(["password.tooSimple", "password.sameAsUsername"]);
    // Nothing changed: the old password still works.
    await expect(signIn("weakling", demoPassword)).resolves.toBeTruthy();
  });

  it("forces an account opened or reset by the office to change its password before anything else", async () => {
    const { caller: admin } = await api.loginAs("admin");
    const created = await admin.account.create({ username: "newbie", displayName: "新来的（办公室）", role: "admin", password: "Handed-1" });
    const newbie = await signIn("newbie", "Handed-1");
    expect((await newbie.auth.me())?.account.mustChangePassword).toBe(true);
    const blocked = await errorOf(newbie.account.list());
    expect(blocked.code).toBe("FORBIDDEN");
    expect(blocked.message).toBe("请先修改初始密码");

    await newbie.auth.changePassword({ currentPassword: "Handed-1", newPassword: "Mine-2026" });
    expect((await newbie.auth.me())?.account.mustChangePassword).toBe(false);
    await expect(newbie.account.list()).resolves.toBeTruthy();

    await admin.account.resetPassword({ id: created.id, password: "Handed-2" });
    const again = await signIn("newbie", "Handed-2");
    expect((await again.auth.me())?.account.mustChangePassword).toBe(true);
    expect((await errorOf(again.account.list())).message).toBe("请先修改初始密码");
    await again.auth.logout();
    expect(await again.auth.me()).toBeNull();
  });

  it("does not force the demo accounts", async () => {
    const { caller } = await api.loginAs("member");
    const me = (await caller.auth.me())!;
    expect(me.account.mustChangePassword).toBe(false);
    await expect(caller.roster.members.get({ id: me.account.memberId! })).resolves.toBeTruthy();
  });
});
