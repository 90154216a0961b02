import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../src/testing";
import { demoMemberId, draft, sessionIds, underReview } from "./proposal/fixtures";

/** Long lists show 「共 N 条」: the first page carries the count for the current filters. */
let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
});
afterAll(() => api?.close());

type Page = { items: unknown[]; nextCursor: string | null; total: number | null };

async function walk(list: (cursor: string | undefined) => Promise<Page>) {
  const first = await list(undefined);
  let n = first.items.length;
  let cursor = first.nextCursor ?? undefined;
  while (cursor) {
    const page = await list(cursor);
    expect(page.total, "later pages do not count again").toBeNull();
    n += page.items.length;
    cursor = page.nextCursor ?? undefined;
  }
  return { total: first.total, counted: n };
}

describe("list totals", () => {
  it("proposal.list counts every proposal the filters match", async () => {
    const sessionId = (await sessionIds(api)).get(5)!;
    const memberId = await demoMemberId(api);
    for (let i = 0; i < 6; i++) await draft(admin, sessionId, memberId, { title: `关于改善第${i + 1}处老旧小区停车的建议` });
    for (let i = 0; i < 3; i++) await underReview(admin, sessionId, memberId, { title: `关于加强第${i + 1}个社区养老服务的建议` });
    const all = await walk((cursor) => admin.proposal.list({ cursor, limit: 7 }));
    expect(all.total).toBe(all.counted);
    expect(all.total).toBe(9);
    const filed = await walk((cursor) => admin.proposal.list({ cursor, limit: 3, statuses: ["underReview"] }));
    expect(filed.total).toBe(filed.counted);
    expect(filed.total).toBe(3);
  });

  it("account.list counts the accounts the filters match", async () => {
    const all = await walk((cursor) => admin.account.list({ cursor, limit: 2 }));
    expect(all.total).toBe(all.counted);
    const members = await walk((cursor) => admin.account.list({ cursor, limit: 1, role: "member" }));
    expect(members.total).toBe(members.counted);
    expect(members.total).toBeLessThan(all.total!);
  });

  it("consultation.list counts the consultations the filters match", async () => {
    const year = new Date().getFullYear();
    const { committees } = await admin.roster.lookups();
    for (let i = 0; i < 3; i++) {
      await admin.consultation.create({ title: `专题协商第${i + 1}次`, formatCode: "topicalConsultation", year, leadCommitteeId: committees[0]!.id });
    }
    const all = await walk((cursor) => admin.consultation.list({ cursor, limit: 2 }));
    expect(all.total).toBe(all.counted);
    expect(all.total).toBeGreaterThanOrEqual(3);
    const none = await admin.consultation.list({ year: year + 5 });
    expect(none.total).toBe(0);
  });
});
