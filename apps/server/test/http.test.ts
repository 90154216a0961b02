import type { DbHandle } from "@cppcc/db";
import { demoAccounts, demoPassword, seedDemo } from "@cppcc/db/seed";
import { createTestDb } from "@cppcc/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { buildServer } from "../src/server";

let db: DbHandle;
let app: FastifyInstance;
beforeAll(async () => {
  db = await createTestDb();
  await seedDemo(db.db);
  app = await buildServer(loadConfig({ LOG_LEVEL: "silent" }), db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const post = (path: string, json: unknown, cookie?: string) =>
  app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    payload: JSON.stringify({ json }),
  });
const get = (path: string, cookie?: string) =>
  app.inject({ method: "GET", url: `/trpc/${path}`, headers: cookie ? { cookie } : {} });

async function loginCookie(username: string) {
  const res = await post("auth.login", { username, password: demoPassword });
  expect(res.statusCode).toBe(200);
  const setCookie = String(res.headers["set-cookie"]);
  return { setCookie, cookie: setCookie.split(";")[0]! };
}

describe("HTTP", () => {
  it("answers /healthz with 200 while the database answers", async () => {
    const res = await app.inject("/healthz");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, database: db.kind });
  });

  it("answers /healthz with 503 when the database does not", async () => {
    const gone = await createTestDb();
    const other = await buildServer(loadConfig({ LOG_LEVEL: "silent" }), gone);
    await gone.close();
    const res = await other.inject("/healthz");
    expect(res.statusCode).toBe(503);
    await other.close();
  });

  it("sends security headers", async () => {
    const res = await app.inject("/healthz");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it.each(demoAccounts.map((a) => [a.username, a.role] as const))(
    "logs in as %s: an httpOnly SameSite session cookie, and auth.me returns the role",
    async (username, role) => {
      const { setCookie, cookie } = await loginCookie(username);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      expect(setCookie).toMatch(/Max-Age=\d+/);
      const me = await get("auth.me", cookie);
      expect(me.json().result.data.json.account.role).toBe(role);
    },
  );

  it("refuses a member calling an admin-only procedure with FORBIDDEN", async () => {
    const { cookie } = await loginCookie("member");
    const res = await get("account.list", cookie);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.json.data.code).toBe("FORBIDDEN");
    expect(res.json().error.json.message).toBe("无权进行此操作");
    const admin = await loginCookie("admin");
    expect((await get("account.list", admin.cookie)).statusCode).toBe(200);
  });

  it("refuses a signed-out call with 401 and a message", async () => {
    const res = await get("council.overview");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.json.message).toBe("登录已过期，请重新登录");
  });

  const malformed: [string, string, RegExp][] = [
    ["wrong types", JSON.stringify({ json: { username: 1, password: [] } }), /用户名须为文字/],
    ["missing fields", JSON.stringify({ json: {} }), /请输入用户名/],
    ["a 1 MB string", JSON.stringify({ json: { username: "x".repeat(1 << 20), password: "p" } }), /不能超过 64 个字符/],
  ];
  it.each(malformed)("answers %s with 400 and a readable message, never 500", async (_n, payload, message) => {
    const res = await app.inject({ method: "POST", url: "/trpc/auth.login", headers: { "content-type": "application/json" }, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.json.message).toMatch(message);
    expect(res.json().error.json.data.code).toBe("BAD_REQUEST");
    expect(res.body).not.toMatch(/stack|at .*\.ts/);
  });

  it.each([["broken JSON", "{nope"], ["an empty body", ""]])("answers %s with 400 and a readable message", async (_n, payload) => {
    const res = await app.inject({ method: "POST", url: "/trpc/auth.login", headers: { "content-type": "application/json" }, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.json.message).toMatch(/请求内容无法解析|请输入/);
  });

  it("links the three apps from / and redirects bare app paths", async () => {
    const home = await app.inject("/");
    expect(home.statusCode).toBe(200);
    for (const name of ["admin", "liaison", "portal"]) expect(home.body).toContain(`href="/${name}/"`);
    const redirect = await app.inject("/admin");
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe("/admin/");
    expect((await app.inject("/no-such-page")).statusCode).toBe(404);
    // Built or not, an app's own address never answers 403.
    for (const name of ["admin", "liaison", "portal"]) expect([200, 503]).toContain((await app.inject(`/${name}/`)).statusCode);
  });
});
