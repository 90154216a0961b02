import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "@20minutes/s3rver";
import { account, attachment, auditLog, council, handlingUnit, member as memberTable } from "@cppcc/db";
import { demoPassword } from "@cppcc/db/seed";
import { createTestApi, type Caller, type TestApi } from "@cppcc/api/testing";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { buildServer } from "../src/server";
import { htmlBytes, multipart, pdfBytes, pngBytes } from "./support/files";

type Store = { name: "disk" | "s3"; env: (dataDir: string) => Promise<Record<string, string>>; objects: () => Promise<string[]>; stop: () => Promise<void> };

/** The data folder's stored files (the spool folder must be empty between uploads too). */
async function filesOnDisk(dir: string, under = "files"): Promise<string[]> {
  const entries = await readdir(join(dir, under), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function diskStore(): Store & { dir?: string } {
  const store: Store & { dir?: string } = {
    name: "disk",
    env: async (dataDir) => {
      store.dir = dataDir;
      return {};
    },
    objects: async () => (await filesOnDisk(store.dir!)).sort(),
    stop: async () => {},
  };
  return store;
}

/** A local S3-compatible server on the loopback, with one bucket, as a self-hosted store would be. */
function s3Store(): Store {
  let server: S3rver | undefined;
  let dir = "";
  const bucket = "cppcc-files";
  return {
    name: "s3",
    env: async () => {
      dir = await mkdtemp(join(tmpdir(), "cppcc-s3-"));
      server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] });
      const { port } = (await server.run()) as { port: number };
      const endpoint = `http://127.0.0.1:${port}`;
      return { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "1" };
    },
    // What the store holds, read from its own folder: one file per object.
    objects: async () => (await filesOnDisk(dir, bucket)).filter((f) => f.endsWith("._S3rver_object")).sort(),
    stop: async () => {
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe.each([diskStore(), s3Store()])("attachments on the $name store", (store) => {
  let api: TestApi;
  let app: FastifyInstance;
  let dataDir: string;
  const cookies: Record<string, string> = {};
  let memberId: string;
  let admin: Caller;
  let handler: Caller;
  let member: Caller;

  const login = async (username: string) => {
    const res = await app.inject({ method: "POST", url: "/trpc/auth.login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ json: { username, password: demoPassword } }) });
    expect(res.statusCode).toBe(200);
    return String(res.headers["set-cookie"]).split(";")[0]!;
  };
  const upload = (who: string, use: string, ownerId: string, name: string, bytes: Buffer, type?: string) => {
    const form = multipart(name, bytes, type);
    return app.inject({ method: "POST", url: `/files/${use}/${ownerId}`, headers: { cookie: cookies[who] ?? "", "content-type": form.contentType }, payload: form.body });
  };
  const download = (who: string, id: string) => app.inject({ method: "GET", url: `/files/${id}`, headers: cookies[who] ? { cookie: cookies[who] } : {} });
  const rows = async () => (await api.db.db.select().from(attachment)).length;

  beforeAll(async () => {
    api = await createTestApi();
    dataDir = await mkdtemp(join(tmpdir(), "cppcc-files-"));
    app = await buildServer(loadConfig({ LOG_LEVEL: "silent", DATA_DIR: dataDir, ...(await store.env(dataDir)) }), api.db);
    ({ caller: admin } = await api.loginAs("admin"));
    ({ caller: handler } = await api.loginAs("handler"));
    ({ caller: member } = await api.loginAs("member"));
    memberId = (await member.auth.me())!.account.memberId!;
    const [other] = await api.db.db
      .select({ id: memberTable.id })
      .from(memberTable)
      .where(and(eq(memberTable.councilId, api.councilId), eq(memberTable.status, "active"), ne(memberTable.id, memberId)))
      .orderBy(desc(memberTable.id))
      .limit(1);
    await api.addLogin({ username: "other-member", role: "member", memberId: other!.id });
    for (const who of ["admin", "handler", "member", "other-member"]) cookies[who] = await login(who);
  });
  afterAll(async () => {
    await app?.close();
    await api?.close();
    await store.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("takes a member's material on their own draft and gives the same bytes back, saved under its Chinese name, never shown inline", async () => {
    const sessionId = (await member.proposal.options()).sessions[0]!.id;
    const draft = await member.proposal.create({ sessionId, proposer: { kind: "member", memberId }, title: "关于完善社区养老服务设施的建议", situation: "情况".repeat(20), suggestions: "建议".repeat(20), category: "society", isLivelihood: true });
    const bytes = pdfBytes("materials");
    const res = await upload("member", "proposal.material", draft.id, "调研报告（附件一）.pdf", bytes, "application/pdf");
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ fileName: "调研报告（附件一）.pdf", sizeBytes: bytes.length, mimeType: "application/pdf", useLabel: "提案材料" });
    expect(await member.attachment.list({ ownerKind: "proposal", ownerId: draft.id })).toMatchObject([{ id: file.id, fileName: "调研报告（附件一）.pdf" }]);

    const got = await download("member", file.id);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
    expect(got.headers["content-type"]).toBe("application/pdf");
    expect(got.headers["content-disposition"]).toBe(`attachment; filename="?????????.pdf"; filename*=UTF-8''${encodeURIComponent("调研报告（附件一）.pdf")}`);
    expect(got.headers["x-content-type-options"]).toBe("nosniff");
    expect(got.headers["content-security-policy"]).toContain("sandbox");

    // Recorded once: the audit row and the proposal's timeline line.
    const audits = await api.db.db.select().from(auditLog).where(and(eq(auditLog.action, "attachment.add"), eq(auditLog.entityId, file.id)));
    expect(audits).toHaveLength(1);
    const timeline = await member.proposal.timeline({ id: draft.id });
    expect(JSON.stringify(timeline)).toContain("调研报告（附件一）.pdf");

    // Staff do not see a draft, so neither its files; nor does a signed-out visitor.
    expect((await download("admin", file.id)).statusCode).toBe(404);
    expect((await download("nobody", file.id)).statusCode).toBe(401);
  });

  it("refuses HTML by its bytes even named .pdf and sent as a PDF, leaving no file and no row", async () => {
    const sessionId = (await member.proposal.options()).sessions[0]!.id;
    const draft = await member.proposal.create({ sessionId, proposer: { kind: "member", memberId }, title: "关于加强校园周边交通安全的建议", situation: "情况".repeat(20), suggestions: "建议".repeat(20), category: "society", isLivelihood: true });
    const [filesBefore, rowsBefore] = [await store.objects(), await rows()];
    const res = await upload("member", "proposal.material", draft.id, "通知.pdf", htmlBytes, "application/pdf");
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe("不支持的文件类型：仅限 PDF、Word、Excel、图片");
    expect([await store.objects(), await rows()]).toEqual([filesBefore, rowsBefore]);
  });

  it("stops a file over the council's limit while it streams in, leaving no file and no row", async () => {
    const sessionId = (await member.proposal.options()).sessions[0]!.id;
    const draft = await member.proposal.create({ sessionId, proposer: { kind: "member", memberId }, title: "关于推进垃圾分类精细化管理的建议", situation: "情况".repeat(20), suggestions: "建议".repeat(20), category: "society", isLivelihood: true });
    await api.db.db
      .update(council)
      .set({ ruleSet: sql`jsonb_set(${council.ruleSet}, '{attachment,maxMegabytes}', '1')` })
      .where(eq(council.id, api.councilId));
    try {
      const [filesBefore, rowsBefore] = [await store.objects(), await rows()];
      const big = Buffer.concat([pdfBytes(), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
      const res = await upload("member", "proposal.material", draft.id, "大文件.pdf", big, "application/pdf");
      expect(res.statusCode).toBe(413);
      expect(res.json().message).toBe("文件过大：最大 1 MB");
      expect([await store.objects(), await rows()]).toEqual([filesBefore, rowsBefore]);
      expect(await filesOnDisk(dataDir).then((f) => f.filter((p) => p.includes(".incoming")))).toEqual([]);
    } finally {
      await api.db.db
        .update(council)
        .set({ ruleSet: sql`jsonb_set(${council.ruleSet}, '{attachment,maxMegabytes}', '20')` })
        .where(eq(council.id, api.councilId));
    }
  });

  it("lets the unit's reply letter reach the proposer with the reply, and no other member", async () => {
    const sessionId = (await member.proposal.options()).sessions[0]!.id;
    const [unit] = await api.db.db
      .select({ id: handlingUnit.id })
      .from(account)
      .innerJoin(handlingUnit, eq(handlingUnit.id, account.handlingUnitId))
      .where(eq(account.username, "handler"));
    let p = await admin.proposal.create({ sessionId, proposer: { kind: "member", memberId }, title: "关于改善老旧小区停车难的建议", situation: "情况".repeat(20), suggestions: "建议".repeat(20), category: "urbanRural", isLivelihood: true });
    p = await admin.proposal.submit({ id: p.id, version: p.version });
    p = await admin.proposal.startReview({ id: p.id, version: p.version });
    p = await admin.proposal.file({ id: p.id, version: p.version });
    p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: unit!.id, coUnitIds: [] } });

    // Only the unit uploads its letter; the proposer may not.
    const refused = await upload("member", "proposal.replyLetter", p.id, "答复函.pdf", pdfBytes());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain("答复函由承办单位上传");

    const letter = pdfBytes("sealed reply");
    const res = await upload("handler", "proposal.replyLetter", p.id, "关于提案的答复函（盖章）.pdf", letter);
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    // A photo of the sealed letter is fine too.
    const photo = await upload("handler", "proposal.replyLetter", p.id, "答复函照片.png", pngBytes());
    expect(photo.statusCode).toBe(201);
    expect((await app.inject({ method: "DELETE", url: `/files/${photo.json().id}`, headers: { cookie: cookies.handler! } })).statusCode).toBe(200);
    expect((await handler.attachment.list({ ownerKind: "proposal", ownerId: p.id })).map((f) => f.id)).toEqual([file.id]);

    // Before the reply goes out the letter is the unit's draft: the proposer neither lists nor downloads it.
    expect(await member.attachment.list({ ownerKind: "proposal", ownerId: p.id })).toEqual([]);
    expect((await download("member", file.id)).statusCode).toBe(404);

    const view = await handler.proposal.get({ id: p.id });
    await handler.proposal.reply({ id: p.id, version: view.version, categoryCode: "A", text: "答复内容".repeat(10) });

    expect(await member.attachment.list({ ownerKind: "proposal", ownerId: p.id })).toMatchObject([{ id: file.id, useLabel: "答复函" }]);
    const got = await download("member", file.id);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(letter)).toBe(true);

    const other = await download("other-member", file.id);
    expect(other.statusCode).toBe(404);
    expect(other.json().message).toBe("找不到该附件，或不在您的查看范围内");

    // Sent with the reply: the letter no longer changes.
    const late = await upload("handler", "proposal.replyLetter", p.id, "补充.pdf", pdfBytes());
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toBe("只有办理中的提案可以上传或删除答复函");
    const removeLate = await app.inject({ method: "DELETE", url: `/files/${file.id}`, headers: { cookie: cookies.handler! } });
    expect(removeLate.statusCode).toBe(400);
  });
});

