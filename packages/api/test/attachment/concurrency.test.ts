import { randomUUID } from "node:crypto";
import { auditLog } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/createContext";
import { registerAttachment } from "../../src/services/attachment/register";
import { removeAttachment } from "../../src/services/attachment/remove";
import { createTestApi, type Caller, type MemoryCookieJar, type TestApi } from "../../src/testing";
import { signedIn } from "../../src/trpc/procedures";
import { demoMemberId, sessionIds, text, unitId } from "../proposal/fixtures";

/**
 * What happens at once in real use, on Postgres with a pool when DATABASE_URL is set: a unit
 * attaching its letter while the same unit sends the reply, and two people removing one file.
 * The stored bytes are the server's part (apps/server/test/attachments.test.ts); here the rows.
 */
let api: TestApi;
let admin: Caller;
let handler: Caller;
let member: Caller;
let handlerJar: MemoryCookieJar;
let sessionId: string;
let memberId: string;
let unit: string;

const handlerContext = async () =>
  signedIn(await createContext({ db: api.db, cookies: handlerJar, request: { ip: "127.0.0.1", userAgent: "vitest" }, clock: api.clock }), "test");

const letter = (ownerId: string) => ({
  use: "proposal.replyLetter" as const,
  ownerId,
  file: { fileName: "答复函.pdf", sizeBytes: 1000, mimeType: "application/pdf", sha256: "0".repeat(64), storageKey: `${api.councilId}/${randomUUID()}` },
});

async function assigned() {
  let p = await admin.proposal.create({ sessionId, proposer: { kind: "member", memberId }, ...text });
  p = await admin.proposal.submit({ id: p.id, version: p.version });
  p = await admin.proposal.startReview({ id: p.id, version: p.version });
  p = await admin.proposal.file({ id: p.id, version: p.version });
  return admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: unit, coUnitIds: [] } });
}

beforeAll(async () => {
  api = await createTestApi();
  ({ caller: admin } = await api.loginAs("admin"));
  ({ caller: handler, jar: handlerJar } = await api.loginAs("handler"));
  ({ caller: member } = await api.loginAs("member"));
  sessionId = (await sessionIds(api)).get(5)!;
  memberId = await demoMemberId(api);
  unit = (await handler.auth.me())!.account.handlingUnitId!;
  expect(unit).toBe(await unitId(api, "市住建局"));
});
afterAll(() => api?.close());

describe("attachments at the same moment", () => {
  it("a letter attached while the reply goes out either goes with the reply or is refused, never left unseen", async () => {
    for (let round = 0; round < 6; round++) {
      const p = await assigned();
      const ctx = await handlerContext();
      const [attached, replied] = await Promise.allSettled([
        registerAttachment({ ctx, input: letter(p.id) }),
        handler.proposal.reply({ id: p.id, version: p.version, categoryCode: "A", text: "答复内容".repeat(10) }),
      ]);
      expect(replied.status).toBe("fulfilled");
      const seen = await member.attachment.list({ ownerKind: "proposal", ownerId: p.id });
      if (attached.status === "fulfilled") expect(seen.map((f) => f.id)).toEqual([attached.value.id]);
      else {
        expect(String(attached.reason)).toContain("只有办理中的提案可以上传或删除答复函");
        expect(seen).toEqual([]);
      }
    }
  });

  it("two removals of one file: one removes it, the other is told it is gone, one audit row", async () => {
    const p = await assigned();
    const file = await registerAttachment({ ctx: await handlerContext(), input: letter(p.id) });
    const results = await Promise.allSettled([
      removeAttachment({ ctx: await handlerContext(), input: { id: file.id } }),
      removeAttachment({ ctx: await handlerContext(), input: { id: file.id } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toContain("找不到该附件");
    const audits = await api.db.db.select().from(auditLog).where(and(eq(auditLog.action, "attachment.remove"), eq(auditLog.entityId, file.id)));
    expect(audits).toHaveLength(1);
    expect(await handler.attachment.list({ ownerKind: "proposal", ownerId: p.id })).toEqual([]);
  });
});
