import type { DbHandle } from "@cppcc/db";
import { createTestDb } from "@cppcc/db/testing";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { buildServer } from "../src/server";

/**
 * Requests the apps never send but a proxy, a script or an old page might: each gets a 4xx whose
 * message is Chinese and says what to do — never tRPC's or Fastify's English, never a 500.
 */
let db: DbHandle;
let app: FastifyInstance;
beforeAll(async () => {
  db = await createTestDb();
  app = await buildServer(loadConfig({ LOG_LEVEL: "silent" }), db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const json = { "content-type": "application/json" };
const login = { username: "admin", password: "x" };
const deepArray = `${"[".repeat(5000)}1${"]".repeat(5000)}`;
const deepObject = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;

const han = /\p{Script=Han}/u;

type Case = [name: string, request: InjectOptions, status: number, message: RegExp];
const cases: Case[] = [
  ["superjson meta nested 5,000 deep", { method: "POST", url: "/trpc/auth.login", headers: json, payload: `{"json":${JSON.stringify(login)},"meta":{"values":${deepObject}}}` }, 400, /请求内容无法解析/],
  ["an input nested 5,000 deep", { method: "POST", url: "/trpc/auth.login", headers: json, payload: `{"json":${deepArray}}` }, 400, /./],
  ["superjson meta of an unknown type", { method: "POST", url: "/trpc/auth.login", headers: json, payload: JSON.stringify({ json: login, meta: { values: { username: ["class", "Nope"] } } }) }, 400, /请求内容无法解析/],
  ["superjson meta reaching for __proto__", { method: "POST", url: "/trpc/auth.login", headers: json, payload: JSON.stringify({ json: login, meta: { values: { "__proto__.x": ["Date"] } } }) }, 400, /请求内容无法解析/],
  ["an unknown procedure (GET)", { method: "GET", url: "/trpc/no.such" }, 404, /没有这个接口/],
  ["an unknown procedure (POST)", { method: "POST", url: "/trpc/no.such", headers: json, payload: "{}" }, 404, /没有这个接口/],
  ["no procedure at all", { method: "GET", url: "/trpc/" }, 404, /没有这个接口/],
  ["GET on a mutation", { method: "GET", url: "/trpc/auth.login" }, 405, /请求方式不正确/],
  ["POST on a query", { method: "POST", url: "/trpc/auth.me", headers: json, payload: "{}" }, 405, /请求方式不正确/],
  ["PUT", { method: "PUT", url: "/trpc/auth.login", headers: json, payload: "{}" }, 405, /请求方式不正确/],
  ["DELETE", { method: "DELETE", url: "/trpc/auth.login" }, 405, /请求方式不正确/],
  ["PATCH", { method: "PATCH", url: "/trpc/auth.login", headers: json, payload: "{}" }, 405, /请求方式不正确/],
  ["text/plain", { method: "POST", url: "/trpc/auth.login", headers: { "content-type": "text/plain" }, payload: "hello" }, 415, /请以 JSON 发送/],
  ["XML", { method: "POST", url: "/trpc/auth.login", headers: { "content-type": "application/xml" }, payload: "<a/>" }, 415, /请以 JSON 发送/],
  ["a form", { method: "POST", url: "/trpc/auth.login", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "a=b" }, 415, /请以 JSON 发送/],
  ["multipart", { method: "POST", url: "/trpc/auth.login", headers: { "content-type": "multipart/form-data; boundary=x" }, payload: "--x--" }, 415, /请以 JSON 发送/],
  ["no content type", { method: "POST", url: "/trpc/auth.login", payload: "{}" }, 415, /请以 JSON 发送/],
  ["an empty body", { method: "POST", url: "/trpc/auth.login", headers: json, payload: "" }, 400, /请求内容无法解析/],
  ["a body that is not JSON", { method: "POST", url: "/trpc/auth.login", headers: json, payload: "{nope" }, 400, /请求内容无法解析/],
  ["a JSON null body", { method: "POST", url: "/trpc/auth.login", headers: json, payload: "null" }, 400, /请求内容无法解析/],
  ["a batch of garbage", { method: "POST", url: "/trpc/auth.login,auth.logout?batch=1", headers: json, payload: "[1,2" }, 207, /请求内容无法解析/],
  ["a batch mixing queries and mutations", { method: "POST", url: "/trpc/auth.login,auth.me?batch=1", headers: json, payload: "{}" }, 400, /请求内容无法解析|请求方式不正确/],
  ["a batch over the size limit", { method: "GET", url: `/trpc/${Array(21).fill("auth.me").join(",")}?batch=1` }, 400, /./],
  ["a batch of 1,000 calls", { method: "GET", url: `/trpc/${Array(1000).fill("auth.me").join(",")}?batch=1` }, 414, /请求地址过长/],
];

function messagesOf(body: unknown): string[] {
  const entries = Array.isArray(body) ? body : [body];
  return entries.flatMap((e: { error?: { json?: { message?: string } } }) => (e.error?.json?.message ? [e.error.json.message] : []));
}

describe("errors at the edges", () => {
  it.each(cases)("answers %s with a Chinese 4xx", async (_name, request, status, message) => {
    const res = await app.inject(request);
    expect(res.statusCode).toBe(status);
    const messages = messagesOf(res.json());
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m).toMatch(han);
      expect(m).toMatch(message);
    }
    expect(res.body).not.toMatch(/No procedure|Unsupported|Maximum call stack|Cannot |needs to be|Batch size|stack|at .*\.ts/);
  });

  it("answers a batch with something unreadable in one call with that call's error and the others' results", async () => {
    const res = await app.inject({ method: "POST", url: "/trpc/auth.login,auth.logout?batch=1", headers: json, payload: '"x"' });
    expect(res.statusCode).toBeLessThan(500);
    for (const m of messagesOf(res.json())) expect(m).toMatch(han);
  });

  it("still serves a well-formed call", async () => {
    const res = await app.inject({ method: "GET", url: "/trpc/auth.me" });
    expect(res.statusCode).toBe(200);
  });
});
