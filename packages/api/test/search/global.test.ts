import { member } from "@cppcc/db";
import { pinyinInitials } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId, residentTopic, townshipId } from "../consultation/fixtures";
import { demoMemberId, draft, filed, otherMembers, refusal, sessionIds } from "../proposal/fixtures";

/** The office's search across modules: each group finds its records by what people type, a few at most, drafts never. */
let api: TestApi;
let admin: Caller;
let sessionId: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  sessionId = (await sessionIds(api)).get(5)!;
}, 60_000);
afterAll(() => api?.close());

const group = async (query: string, g: string) => (await admin.search.global({ query })).groups.find((x) => x.group === g)?.hits ?? [];

describe("search.global", () => {
  it("finds a member by a part of the name and by pinyin initials", async () => {
    const id = await demoMemberId(api);
    const [row] = await api.db.db.select({ name: member.name }).from(member).where(eq(member.id, id));
    const name = row!.name;
    expect((await group(name.slice(1), "member")).map((h) => h.id)).toContain(id);
    expect((await group(pinyinInitials(name), "member")).map((h) => h.id)).toContain(id);
  });

  it("finds a proposal by its number or words of its title, never a draft", async () => {
    const [a, b] = await otherMembers(api, 2);
    const p = await filed(admin, sessionId, a!.id, { title: "关于整治飞线充电隐患的建议" });
    const d = await draft(admin, sessionId, b!.id, { title: "关于整治飞线充电的另一份草稿建议" });
    expect((await group(p.number!, "proposal")).map((h) => h.id)).toEqual([p.id]);
    const byWords = (await group("飞线充电", "proposal")).map((h) => h.id);
    expect(byWords).toContain(p.id);
    expect(byWords).not.toContain(d.id);
  });

  it("finds a consultation by its title and a resident's topic by its words or its receipt, a few per group", async () => {
    const economy = await committeeId(api, "经济委员会");
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const c = await admin.consultation.create({ title: `夜间经济发展专题协商第${i + 1}次`, formatCode: "topicalConsultation", year: 2026, leadCommitteeId: economy });
      ids.push(c.id);
    }
    const hits = await group("夜间经济", "consultation");
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => ids.includes(h.id))).toBe(true);

    const receipt = await api.caller(undefined, "192.0.2.77").consultation.publicTopic.submit({ ...residentTopic(await townshipId(api, "当湖街道"), 77), topic: "菜场门口积水严重" });
    const byWords = await group("积水", "residentTopic");
    expect(byWords.map((h) => h.title)).toContain("菜场门口积水严重");
    const byReceipt = await group(receipt.receiptNo.toLowerCase(), "residentTopic");
    expect(byReceipt).toHaveLength(1);
    expect(byReceipt[0]).toMatchObject({ title: "菜场门口积水严重", targetId: null });
    expect(byReceipt[0]!.detail).toContain("当湖街道");
  });

  it("answers nothing found with no groups, and bad input in Chinese", async () => {
    expect((await admin.search.global({ query: "查无此项内容甲乙丙" })).groups).toEqual([]);
    expect(await refusal(admin.search.global({ query: "  " }))).toMatchObject({ code: "BAD_REQUEST", message: "请输入要查找的内容" });
  });

  it("is the office's alone", async () => {
    for (const role of ["liaison", "handler", "member"] as const) {
      const { caller } = await api.loginAs(role);
      expect((await refusal(caller.search.global({ query: "路灯" }))).code).toBe("FORBIDDEN");
    }
  });
});
