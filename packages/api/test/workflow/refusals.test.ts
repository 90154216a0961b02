import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/createContext";
import { appRouter } from "../../src/root";
import { demoPassword } from "@cppcc/db/seed";
import { createTestApi, MemoryCookieJar, type TestApi } from "../../src/testing";
import { daysFromToday, townshipId } from "../consultation/fixtures";
import { demoMemberId, otherMembers, sessionIds } from "../proposal/fixtures";

/**
 * A refused step answers with every reason, through tRPC's real error formatting: `data.refusals`,
 * each with its code, kind, Chinese message and field, and the first one's message as the error's.
 */
let api: TestApi;
let memberJar: MemoryCookieJar;
let adminJar: MemoryCookieJar;
let sessionId: string;
let me: string;
beforeAll(async () => {
  api = await createTestApi();
  memberJar = (await api.loginAs("member")).jar;
  adminJar = (await api.loginAs("admin")).jar;
  sessionId = (await sessionIds(api)).get(5)!;
  me = await demoMemberId(api);
});
afterAll(() => api?.close());

type Refusal = { code: string; kind: string; message: string; field?: string };
type ErrorShape = { message: string; data: { code: string; refusals?: Refusal[] } };

/** One mutation as the apps send it: a POST to /trpc/<path> with a superjson body. */
async function mutate(jar: MemoryCookieJar, path: string, input: unknown): Promise<{ result?: unknown; error?: ErrorShape }> {
  const response = await fetchRequestHandler({
    endpoint: "/trpc",
    req: new Request(`http://localhost/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) }),
    router: appRouter,
    createContext: () => createContext({ db: api.db, cookies: jar, request: { ip: "127.0.0.1", userAgent: "vitest" }, clock: api.clock }),
  });
  const body = (await response.json()) as { result?: { data: { json: unknown } }; error?: { json: ErrorShape } };
  return { result: body.result?.data.json, error: body.error?.json };
}

const han = /[\u4e00-\u9fff]/;

describe("refusals in data.refusals", () => {
  it("lists every reason a draft cannot be submitted, each at its field, never one joined message", async () => {
    const created = await mutate(memberJar, "proposal.create", { sessionId, proposer: { kind: "member", memberId: me }, title: "关于路灯" });
    const draft = created.result as { id: string; version: number };
    const { error } = await mutate(memberJar, "proposal.submit", { id: draft.id, version: draft.version });
    expect(error?.data.code).toBe("BAD_REQUEST");
    const refusals = error!.data.refusals!;
    expect(refusals.length).toBeGreaterThan(1);
    for (const r of refusals) {
      expect(r).toMatchObject({ code: "incomplete", kind: "rule", message: expect.stringMatching(han) });
      expect(r.message).not.toContain("；");
    }
    expect(refusals.map((r) => r.field)).toEqual(expect.arrayContaining(["situation", "suggestions"]));
    expect(error!.message).toBe(refusals[0]!.message);
  });

  it("says who may take a step as a forbidden refusal: a co-signer does not submit", async () => {
    const cosignerId = (await otherMembers(api, 1, [me]))[0]!.id;
    await api.addLogin({ username: "cosigner-refusals", role: "member", memberId: cosignerId });
    const jar = await signIn("cosigner-refusals");
    const created = (await mutate(memberJar, "proposal.create", { sessionId, proposer: { kind: "joint", memberId: me, cosigners: [{ memberId: cosignerId, status: "invited" }] }, title: "关于联名提案的建议" })).result as {
      id: string;
      version: number;
    };
    await mutate(jar, "proposal.respondToInvitation", { id: created.id, confirm: true });
    const { error } = await mutate(jar, "proposal.submit", { id: created.id, version: created.version });
    expect(error?.data.code).toBe("FORBIDDEN");
    expect(error?.data.refusals).toEqual([{ code: "notProposer", kind: "forbidden", message: "只有第一提案人（集体提案为其联系人）可以提交" }]);
  });

  it("returns a consultation step's every problem: no reason and a date already past", async () => {
    const danghu = await townshipId(api, "当湖街道");
    const created = (await mutate(adminJar, "consultation.create", {
      title: "关于老旧小区加装电梯的协商",
      formatCode: "deliberation",
      year: Number(daysFromToday(0).slice(0, 4)),
      townshipId: danghu,
    })) as { result?: { id: string; version: number }; error?: ErrorShape };
    expect(created.error).toBeUndefined();
    const planned = (await mutate(adminJar, "consultation.transition", { id: created.result!.id, version: created.result!.version, event: { type: "plan" } })).result as {
      version: number;
    };
    const { error } = await mutate(adminJar, "consultation.transition", {
      id: created.result!.id,
      version: planned.version,
      event: { type: "postpone", date: daysFromToday(-3), reason: " " },
    });
    expect(error?.data.code).toBe("BAD_REQUEST");
    expect(error?.data.refusals).toEqual([
      { code: "postpone", kind: "rule", field: "reason", message: "请说明延期原因（至少 2 个字）" },
      { code: "postpone", kind: "rule", field: "date", message: `新的会议日期 ${daysFromToday(-3)} 已过，请选择今天或以后的日期` },
    ]);
    expect(error?.message).toBe("请说明延期原因（至少 2 个字）");
  });
});

/** A browser of its own for an account already provisioned. */
async function signIn(username: string): Promise<MemoryCookieJar> {
  const jar = new MemoryCookieJar();
  const { error } = await mutate(jar, "auth.login", { username, password: demoPassword });
  expect(error).toBeUndefined();
  return jar;
}
