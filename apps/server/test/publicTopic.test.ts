import type { DbHandle } from "@cppcc/db";
import { township } from "@cppcc/db";
import { seedDemo } from "@cppcc/db/seed";
import { createTestDb } from "@cppcc/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { buildServer } from "../src/server";

let db: DbHandle;
let app: FastifyInstance;
let townshipId: string;
const delayMs = 300;
beforeAll(async () => {
  db = await createTestDb();
  await seedDemo(db.db);
  townshipId = (await db.db.select({ id: township.id }).from(township).limit(1))[0]!.id;
  app = await buildServer(loadConfig({ LOG_LEVEL: "silent", PUBLIC_TOPIC_REFUSAL_DELAY_MS: String(delayMs) }), db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const submit = (ip: string, n: number, batched = false) =>
  app.inject({
    method: "POST",
    url: `/trpc/consultation.publicTopic.submit${batched ? "?batch=1" : ""}`,
    remoteAddress: ip,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify(
      batched
        ? { 0: { json: { townshipId, topic: `第${n}号楼前路灯不亮需要维修`, description: `第${n}号楼前的三盏路灯已经一个月不亮，老人晚上出行不便。` } } }
        : { json: { townshipId, topic: `第${n}号楼前路灯不亮需要维修`, description: `第${n}号楼前的三盏路灯已经一个月不亮，老人晚上出行不便。` } },
    ),
  });

describe("public topic flood", () => {
  it("refuses an address past its limit, then turns its repeats away before tRPC, and leaves others alone", async () => {
    for (let n = 1; n <= 5; n++) expect((await submit("10.9.9.9", n)).statusCode).toBe(200);
    const refused = await submit("10.9.9.9", 6);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.json.message).toMatch(/提交过于频繁，请 \d+ 分钟后再试/);
    expect(refused.headers["retry-after"]).toBeUndefined();

    // The repeat is answered by the guard (Retry-After), held for the delay, with the same tRPC error shape, batched or not.
    const began = performance.now();
    const guarded = await submit("10.9.9.9", 7);
    expect(performance.now() - began).toBeGreaterThanOrEqual(delayMs - 5);
    expect(guarded.statusCode).toBe(429);
    expect(Number(guarded.headers["retry-after"])).toBeGreaterThan(0);
    expect(guarded.json().error.json.data.code).toBe("TOO_MANY_REQUESTS");
    const guardedBatch = await submit("10.9.9.9", 8, true);
    expect(guardedBatch.statusCode).toBe(429);
    expect(guardedBatch.json()[0].error.json.message).toMatch(/提交过于频繁/);

    expect((await submit("10.9.9.10", 9)).statusCode).toBe(200);
  });

  it("holds every repeat, however many arrive at once, while other addresses still submit", async () => {
    for (let n = 1; n <= 6; n++) await submit("10.9.9.20", 100 + n);
    const timed = async (ip: string, n: number) => {
      const began = performance.now();
      const res = await submit(ip, n);
      return { status: res.statusCode, ms: performance.now() - began };
    };
    const [answers, neighbour] = await Promise.all([
      Promise.all(Array.from({ length: 200 }, (_, i) => timed("10.9.9.20", 200 + i))),
      timed("10.9.9.21", 500),
    ]);
    expect(answers.every((a) => a.status === 429)).toBe(true);
    expect(answers.every((a) => a.ms >= delayMs - 5)).toBe(true);
    expect(neighbour.status).toBe(200);
  });

  it("turns away an address's repeated receipt lookups the same way, with its own words", async () => {
    const lookup = (ip: string) =>
      app.inject({
        method: "POST",
        url: "/trpc/consultation.publicTopic.lookup",
        remoteAddress: ip,
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ json: { townshipId, receiptNo: "YT-20261202-0001", code: "1234" } }),
      });
    for (let n = 1; n <= 10; n++) expect((await lookup("10.9.9.30")).statusCode).toBe(404);
    const refused = await lookup("10.9.9.30");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.json.message).toBe("查询过于频繁，请 15 分钟后再试");
    const guarded = await lookup("10.9.9.30");
    expect(guarded.statusCode).toBe(429);
    expect(Number(guarded.headers["retry-after"])).toBeGreaterThan(0);
    expect(guarded.json().error.json).toMatchObject({ message: expect.stringMatching(/^查询过于频繁/), data: { path: "consultation.publicTopic.lookup" } });
    // Lookups and submissions are apart: the same address may still submit.
    expect((await submit("10.9.9.30", 600)).statusCode).toBe(200);
  });
});
