import { auditLog } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, extraLogin, filed, refusal, sessionIds, unitId } from "./fixtures";

/**
 * 延期办理 on proposals, with the services' clock set to real dates in the past: a unit asks before
 * its deadline, the office grants or refuses, and every reader and the overdue list follow the date.
 */
let api: TestApi;
let admin: Caller;
let member: Caller;
let handler: Caller;
let coHandler: Caller;
let me: string;
let sessionId: string;
let zjj: string;
let jtj: string;
const at = (day: string) => api.clock.set(`${day}T10:00:00+08:00`);

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  handler = (await api.loginAs("handler")).caller;
  me = await demoMemberId(api);
  sessionId = (await sessionIds(api)).get(5)!;
  [zjj, jtj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局")]);
  coHandler = await extraLogin(api, "handler", jtj);
});
afterAll(() => api?.close());

/** A proposal by the demo member, assigned on `day` to 市住建局 (lead) and 市交通运输局 (co): due three months later. */
async function assignedOn(day: string) {
  at(day);
  const p = await filed(admin, sessionId, me);
  return admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
}

const overdueIds = async () => (await admin.proposal.overdue({ handlingUnitId: zjj })).filter((t) => t.role === "lead").map((t) => t.proposalId);

describe("a unit asks, the office grants", () => {
  it("moves the deadline everywhere and the overdue list follows it", async () => {
    const p = await assignedOn("2025-03-03");
    expect((await handler.proposal.get({ id: p.id })).deadlines.dueOn).toBe("2025-06-03");

    at("2025-05-20");
    const asked = await handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-03", reason: "需协调多个街道联合施工，汛期前难以完成" });
    expect(asked.status).toBe("pending");
    const pending = await admin.deadlineExtension.pending({});
    expect(pending.items.find((i) => i.id === asked.id)).toMatchObject({ subjectKind: "proposal", unitName: "市住建局", dueOn: "2025-06-03", requestedDueOn: "2025-07-03" });

    // The office grants a shorter extension than asked.
    const granted = await admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "grant", grantedDueOn: "2025-06-30" });
    expect(granted).toMatchObject({ status: "granted", grantedDueOn: "2025-06-30" });
    expect((await admin.deadlineExtension.pending({})).items.some((i) => i.id === asked.id)).toBe(false);

    for (const reader of [admin, handler, member]) expect((await reader.proposal.get({ id: p.id })).deadlines.dueOn).toBe("2025-06-30");
    const view = await handler.proposal.get({ id: p.id });
    expect(view.assignmentHistory.filter((a) => a.active).map((a) => [a.name, a.dueOn])).toEqual([
      ["市住建局", "2025-06-30"],
      ["市交通运输局", "2025-06-03"],
    ]);
    expect(view.extensions.map((e) => [e.status, e.requestedDueOn, e.grantedDueOn])).toEqual([["granted", "2025-07-03", "2025-06-30"]]);

    at("2025-06-10");
    expect(await overdueIds()).not.toContain(p.id);
    at("2025-07-01");
    expect(await overdueIds()).toContain(p.id);

    const timeline = await member.proposal.timeline({ id: p.id });
    expect(timeline.filter((e) => e.type.startsWith("extension")).map((e) => [e.label, e.unitName])).toEqual([
      ["申请延期", "市住建局"],
      ["同意延期", null],
    ]);
    const audits = await api.db.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, "deadline_extension"), eq(auditLog.entityId, asked.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(["deadlineExtension.grant", "deadlineExtension.request"]);
  });
});

describe("what is refused", () => {
  it("refuses asking after the deadline", async () => {
    const p = await assignedOn("2025-03-03");
    at("2025-06-04");
    expect(await refusal(handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-03", reason: "施工未完成" }))).toEqual({
      code: "BAD_REQUEST",
      message: "办理期限（2025-06-03）已过，不能再申请延期；请尽快办理，并向办公室说明情况",
    });
  });

  it("refuses asking twice, while waiting and once the one extension was granted", async () => {
    const p = await assignedOn("2025-03-03");
    at("2025-05-01");
    const first = await handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-01", reason: "需协调资金" });
    expect(await refusal(handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-06-20", reason: "再申请一次" }))).toEqual({
      code: "BAD_REQUEST",
      message: "已有一份延期申请等待办公室审批，请勿重复申请",
    });
    await admin.deadlineExtension.decide({ id: first.id, version: first.version, decision: "grant", grantedDueOn: "2025-07-01" });
    expect(await refusal(handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-20", reason: "还需时间" }))).toEqual({
      code: "BAD_REQUEST",
      message: "本期办理已延期 1 次，规则规定以 1 次为限，不能再申请延期",
    });
    // A second decision on the same request, from a screen that read it before, is stale.
    expect((await refusal(admin.deadlineExtension.decide({ id: first.id, version: first.version, decision: "refuse", reason: "重复处理" }))).code).toBe("CONFLICT");
  });

  it("keeps the old date when the office refuses, with its reason on the timeline", async () => {
    const p = await assignedOn("2025-03-03");
    at("2025-05-01");
    const asked = await handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-01", reason: "人手不足" });
    const refused = await admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "refuse", reason: "人手不足不是延期理由，请按期答复" });
    expect(refused).toMatchObject({ status: "refused", grantedDueOn: null, decisionNote: "人手不足不是延期理由，请按期答复" });
    expect((await member.proposal.get({ id: p.id })).deadlines.dueOn).toBe("2025-06-03");
    const timeline = await admin.proposal.timeline({ id: p.id });
    expect(timeline.at(-1)).toMatchObject({ label: "不同意延期", detail: { decisionNote: "人手不足不是延期理由，请按期答复" } });
    at("2025-06-04");
    expect(await overdueIds()).toContain(p.id);
  });

  it("refuses a co-unit, a date beyond the rule set's month, and a unit not assigned", async () => {
    const p = await assignedOn("2025-03-03");
    at("2025-05-01");
    expect((await refusal(coHandler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-01", reason: "会办意见需时间" }))).message).toBe(
      "会办单位的期限由主办单位掌握，延期请由主办单位申请",
    );
    expect((await refusal(handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-05", reason: "需要两个月" }))).message).toBe(
      "每次延期不超过 31 天，申请延至的日期最迟为 2025-07-04",
    );
    const other = await extraLogin(api, "handler", await unitId(api, "市教育局"));
    expect((await refusal(other.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-01", reason: "无关单位" }))).code).toBe("NOT_FOUND");
    expect((await refusal(handler.deadlineExtension.pending({}))).code).toBe("FORBIDDEN");
  });
});

describe("at once (run on Postgres with a pool to see the race)", () => {
  it("two requests at once make one; two decisions at once take one, the other is told", async () => {
    const p = await assignedOn("2025-03-03");
    at("2025-05-01");
    const asks = await Promise.allSettled([
      handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-01", reason: "第一次点击" }),
      handler.proposal.requestExtension({ id: p.id, requestedDueOn: "2025-07-01", reason: "第二次点击" }),
    ]);
    expect(asks.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const asked = (asks.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ id: string; version: number }>).value;
    const decisions = await Promise.allSettled([
      admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "grant", grantedDueOn: "2025-06-30" }),
      admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "refuse", reason: "同时处理" }),
    ]);
    expect(decisions.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = decisions.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as { code: string }).code).toBe("CONFLICT");
    const final = (await admin.proposal.get({ id: p.id })).extensions;
    expect(final).toHaveLength(1);
    expect((await admin.proposal.get({ id: p.id })).deadlines.dueOn).toBe(final[0]!.status === "granted" ? "2025-06-30" : "2025-06-03");
  });
});

describe("the office's list of waiting requests", () => {
  it("pages oldest first by keyset, and a forged cursor is a readable refusal", async () => {
    const [a, b] = [await assignedOn("2025-03-03"), await assignedOn("2025-03-04")];
    at("2025-05-02");
    const first = await handler.proposal.requestExtension({ id: a.id, requestedDueOn: "2025-07-01", reason: "先申请的" });
    at("2025-05-03");
    const second = await handler.proposal.requestExtension({ id: b.id, requestedDueOn: "2025-07-02", reason: "后申请的" });
    const seen: string[] = [];
    for (let cursor: string | null | undefined = undefined; ; ) {
      const page = await admin.deadlineExtension.pending({ limit: 1, cursor });
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.filter((id) => id === first.id || id === second.id)).toEqual([first.id, second.id]);
    expect((await refusal(admin.deadlineExtension.pending({ cursor: "bm90LWEtY3Vyc29y" }))).code).toBe("BAD_REQUEST");
  });
});
