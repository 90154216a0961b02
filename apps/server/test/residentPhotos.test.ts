import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attachment, publicRateLimit, township } from "@cppcc/db";
import { createTestApi, type Caller, type TestApi } from "@cppcc/api/testing";
import { demoPassword } from "@cppcc/db/seed";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { buildServer } from "../src/server";
import { htmlBytes, multipart, pngBytes } from "./support/files";

/** Residents' photos from the public page: no login, limited per address, attached with the topic, public only if published. */
let api: TestApi;
let app: FastifyInstance;
let dataDir: string;
let danghu: string;
let liaison: Caller;
let liaisonCookie: string;
const png = pngBytes();

beforeAll(async () => {
  api = await createTestApi();
  dataDir = await mkdtemp(join(tmpdir(), "cppcc-photos-"));
  app = await buildServer(loadConfig({ LOG_LEVEL: "silent", DATA_DIR: dataDir, PUBLIC_TOPIC_REFUSAL_DELAY_MS: "0" }), api.db);
  [{ id: danghu }] = (await api.db.db.select({ id: township.id }).from(township).where(eq(township.name, "当湖街道"))) as [{ id: string }];
  liaison = (await api.loginAs("liaison")).caller;
  const res = await app.inject({ method: "POST", url: "/trpc/auth.login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ json: { username: "liaison", password: demoPassword } }) });
  liaisonCookie = String(res.headers["set-cookie"]).split(";")[0]!;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const upload = (ip: string, name: string, bytes: Buffer, type = "image/png", townshipId = danghu) => {
  const form = multipart(name, bytes, type);
  return app.inject({ method: "POST", url: `/files/public/topic-photo/${townshipId}`, remoteAddress: ip, headers: { "content-type": form.contentType }, payload: form.body });
};
const submit = (ip: string, n: number, photoIds: string[]) =>
  app.inject({
    method: "POST",
    url: "/trpc/consultation.publicTopic.submit",
    remoteAddress: ip,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ json: { townshipId: danghu, topic: `路口积水严重第${n}处`, description: `东湖小区${n}幢门口下雨就积水，老人孩子出门要绕远路，希望尽快疏通。`, name: null, phone: null, photoIds } }),
  });
const topicByReceipt = async (receiptNo: string) => (await liaison.consultation.residentTopic.list({ townshipId: danghu, state: "pending" })).items.find((t) => t.receiptNo === receiptNo)!;

describe("residents' photos", () => {
  it("attaches photos only with the topic; the liaison sees them; the public page shows only those published", async () => {
    const a = await upload("198.51.100.1", "积水1.png", png);
    const b = await upload("198.51.100.1", "门牌.png", png);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ fileName: "积水1.png", mimeType: "image/png" });
    const ids = [a.json().id as string, b.json().id as string];
    // Before the topic, nobody sees them: not the liaison, not the public.
    expect((await app.inject({ method: "GET", url: `/files/${ids[0]}`, headers: { cookie: liaisonCookie } })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: `/files/public/${ids[0]}` })).statusCode).toBe(404);

    const sent = await submit("198.51.100.1", 1, ids);
    expect(sent.statusCode, sent.body).toBe(200);
    const topic = await topicByReceipt(sent.json().result.data.json.receiptNo);
    const files = await liaison.attachment.list({ ownerKind: "residentTopic", ownerId: topic.id });
    expect(files.map((f) => f.fileName)).toEqual(["积水1.png", "门牌.png"]);
    const seen = await app.inject({ method: "GET", url: `/files/${ids[0]}`, headers: { cookie: liaisonCookie } });
    expect(seen.statusCode).toBe(200);
    expect(seen.rawPayload.equals(png)).toBe(true);

    // Accepted with one photo chosen for the public: only that one shows, inline.
    await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept", publishPhotoIds: [ids[0]!] });
    const listed = await api.caller().consultation.publicTopic.topics({ townshipId: danghu });
    expect(listed.items.find((t) => t.id === topic.id)?.photoIds).toEqual([ids[0]]);
    const shown = await app.inject({ method: "GET", url: `/files/public/${ids[0]}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers["content-type"]).toBe("image/png");
    expect(String(shown.headers["content-disposition"])).toMatch(/^inline/);
    expect((await app.inject({ method: "GET", url: `/files/public/${ids[1]}` })).statusCode).toBe(404);
  });

  it("refuses what is not an image by its bytes, whatever it is called", async () => {
    const res = await upload("198.51.100.2", "photo.png", htmlBytes, "image/png");
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe("不支持的文件类型：仅限 图片");
  });

  it("refuses more photos than the rule set allows, and a photo already sent with another topic", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await upload("198.51.100.3", `p${i}.png`, png)).json().id as string);
    const tooMany = await submit("198.51.100.3", 3, ids);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.json.message).toBe("每个议题最多附 3 张照片");
    expect(await api.db.db.select().from(attachment).where(eq(attachment.ownerKind, "residentTopic.pending"))).not.toHaveLength(0);
    const ok = await submit("198.51.100.3", 4, ids.slice(0, 1));
    expect(ok.statusCode, ok.body).toBe(200);
    const again = await submit("198.51.100.4", 5, ids.slice(0, 1));
    expect(again.json().error.json.message).toBe("有照片已失效（上传超过 2 小时或已随其他议题提交），请删除后重新上传");
  });

  it("limits uploads per address with 429, in Postgres", async () => {
    for (let i = 0; i < 12; i++) expect((await upload("198.51.100.9", `f${i}.png`, png)).statusCode).toBe(201);
    const refused = await upload("198.51.100.9", "f13.png", png);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().message).toBe("上传过于频繁，请 15 分钟后再试");
    expect(await api.db.db.select().from(publicRateLimit).where(eq(publicRateLimit.key, "residentPhoto:198.51.100.9"))).toHaveLength(12);
    expect((await upload("198.51.100.10", "other.png", png)).statusCode).toBe(201);
  });
});
