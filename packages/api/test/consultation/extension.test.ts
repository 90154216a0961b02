import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { errorOf, heldDeliberation, recordResidentSuggestion, townshipId, unitId } from "./fixtures";

/** 延期办理 on a suggestion routed to a unit: the same request → decision as proposals, the 销号清单 following the date. */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let handler: Caller;
let danghu: string;
let zjj: string;
let consultationId: string;
let n = 0;
const at = (day: string) => api.clock.set(`${day}T10:00:00+08:00`);

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  handler = (await api.loginAs("handler")).caller;
  danghu = await townshipId(api, "当湖街道");
  zjj = await unitId(api, "市住建局");
  consultationId = (await heldDeliberation(api, liaison, danghu, 1)).id;
});
afterAll(() => api?.close());

/** A resident's suggestion routed on 2025-05-01 to 市住建局, due 2025-05-31. */
async function routed() {
  api.clock.reset();
  const s = await recordResidentSuggestion(liaison, consultationId, ++n);
  at("2025-05-01");
  return liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: zjj, deadline: "2025-05-31" });
}

const openItem = async (id: string) => {
  for (let cursor: string | null | undefined = undefined; ; ) {
    const page = await liaison.consultation.suggestion.openItems({ townshipId: danghu, cursor });
    const found = page.items.find((i) => i.id === id);
    if (found || !page.nextCursor) return found;
    cursor = page.nextCursor;
  }
};

/** The suggestion as the unit's inbox lists it. */
const inboxItem = async (id: string) => {
  for (let cursor: string | null | undefined = undefined; ; ) {
    const page = await handler.consultation.suggestion.list({ consultationId, state: "routed", cursor });
    const found = page.items.find((i) => i.id === id);
    if (found || !page.nextCursor) return found;
    cursor = page.nextCursor;
  }
};

describe("suggestion extensions", () => {
  it("a unit asks before the deadline, the office grants: the open-items list follows the new date", async () => {
    const s = await routed();
    at("2025-05-20");
    const asked = await handler.consultation.suggestion.requestExtension({ id: s.id, requestedDueOn: "2025-06-20", reason: "需等待街道配合排查" });
    expect((await admin.deadlineExtension.pending({})).items.find((i) => i.id === asked.id)).toMatchObject({ subjectKind: "suggestion", dueOn: "2025-05-31" });
    expect((await inboxItem(s.id))?.extensions).toEqual([{ status: "pending", grantedDueOn: null }]);
    await admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "grant", grantedDueOn: "2025-06-20" });
    expect((await handler.consultation.suggestion.get({ id: s.id })).deadline).toBe("2025-06-20");
    // The inbox knows the one allowed extension is used, so it shows 已延期 and offers no second request.
    expect((await inboxItem(s.id))?.extensions).toEqual([{ status: "granted", grantedDueOn: "2025-06-20" }]);
    expect((await handler.consultation.options()).extensionRules).toEqual({ maxCount: 1, maxDays: 31 });
    at("2025-06-05");
    expect(await openItem(s.id)).toMatchObject({ deadline: "2025-06-20", overdue: false });
    at("2025-06-21");
    expect(await openItem(s.id)).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect((await liaison.consultation.suggestion.extensions({ id: s.id })).map((e) => [e.status, e.grantedDueOn])).toEqual([["granted", "2025-06-20"]]);
  });

  it("refuses asking after the deadline and asking twice; a refusal keeps the old date", async () => {
    const late = await routed();
    at("2025-06-01");
    expect((await errorOf(handler.consultation.suggestion.requestExtension({ id: late.id, requestedDueOn: "2025-06-20", reason: "来不及" }))).message).toBe(
      "办理期限（2025-05-31）已过，不能再申请延期；请尽快办理，并向办公室说明情况",
    );

    const s = await routed();
    at("2025-05-10");
    const asked = await handler.consultation.suggestion.requestExtension({ id: s.id, requestedDueOn: "2025-06-15", reason: "需协调资金" });
    expect((await errorOf(handler.consultation.suggestion.requestExtension({ id: s.id, requestedDueOn: "2025-06-10", reason: "再次申请" }))).message).toBe(
      "已有一份延期申请等待办公室审批，请勿重复申请",
    );
    const refused = await admin.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "refuse", reason: "事项简单，请按期答复" });
    expect(refused.status).toBe("refused");
    expect((await inboxItem(s.id))?.extensions).toEqual([]);
    expect((await admin.consultation.suggestion.get({ id: s.id })).deadline).toBe("2025-05-31");
    at("2025-06-01");
    expect(await openItem(s.id)).toMatchObject({ overdue: true });
  });

  it("leaves the decision to the office: a liaison may not decide", async () => {
    const s = await routed();
    at("2025-05-10");
    const asked = await handler.consultation.suggestion.requestExtension({ id: s.id, requestedDueOn: "2025-06-15", reason: "需协调资金" });
    expect((await errorOf(liaison.deadlineExtension.decide({ id: asked.id, version: asked.version, decision: "grant", grantedDueOn: "2025-06-15" }))).code).toBe("FORBIDDEN");
  });
});
