import { publicRateLimit } from "@cppcc/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { errorOf, residentTopic, townshipId } from "./fixtures";

/** The residents' page: no account, rate limited per address in Postgres, spam-checked, moderated before anyone sees it. */
let api: TestApi;
let liaison: Caller;
let danghu: string;
let zhapu: string;
beforeAll(async () => {
  api = await createTestApi();
  liaison = (await api.loginAs("liaison")).caller;
  danghu = await townshipId(api, "当湖街道");
  zhapu = await townshipId(api, "乍浦镇");
});
afterAll(() => api?.close());

describe("publicTopic.submit", () => {
  it("limits one address to 5 topics per 15 minutes with TOO_MANY_REQUESTS; other addresses are unaffected", async () => {
    const flood = api.caller(undefined, "203.0.113.50");
    for (let n = 1; n <= 5; n++) await flood.consultation.publicTopic.submit(residentTopic(danghu, 100 + n));
    const refused = await errorOf(flood.consultation.publicTopic.submit(residentTopic(danghu, 106)));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toBe("提交过于频繁，请 15 分钟后再试");
    // Refused requests take no slot, so the window does not keep moving.
    const slots = await api.db.db.select().from(publicRateLimit);
    expect(slots.filter((s) => s.key === "residentTopic:203.0.113.50")).toHaveLength(5);
    // Another township from the same address is the same flood.
    expect((await errorOf(flood.consultation.publicTopic.submit(residentTopic(zhapu, 107)))).code).toBe("TOO_MANY_REQUESTS");
    const neighbour = api.caller(undefined, "203.0.113.51");
    expect((await neighbour.consultation.publicTopic.submit(residentTopic(danghu, 108))).received).toBe(true);
  });

  it("refuses spam with what to change", async () => {
    const resident = api.caller(undefined, "203.0.113.60");
    const links = await errorOf(
      resident.consultation.publicTopic.submit({
        townshipId: danghu,
        topic: "优惠活动快来看看",
        description: "点击 http://a.example http://b.example http://c.example 领取奖品，名额有限",
        phone: null,
      }),
    );
    expect(links.code).toBe("BAD_REQUEST");
    expect(links.message).toContain("最多附 1 个网址，请用文字说明情况");
    const padding = await errorOf(resident.consultation.publicTopic.submit({ townshipId: danghu, topic: "顶顶顶顶顶顶顶", description: "顶顶顶顶顶顶顶顶顶顶顶顶", phone: null }));
    expect(padding.message).toContain("请不要重复输入相同的字符");
    const phone = await errorOf(resident.consultation.publicTopic.submit({ ...residentTopic(danghu, 61), phone: "12345" }));
    expect(phone.code).toBe("BAD_REQUEST");
    const nowhere = await errorOf(resident.consultation.publicTopic.submit(residentTopic("00000000-0000-4000-8000-000000000000", 62)));
    expect(nowhere).toMatchObject({ code: "NOT_FOUND", message: "找不到该镇街道，请核对链接或重新扫码" });
  });

  it("keeps topics out of sight until accepted; a rejected one never shows, and the resident's contact never does", async () => {
    const resident = api.caller(undefined, "203.0.113.70");
    await resident.consultation.publicTopic.submit(residentTopic(zhapu, 71));
    await resident.consultation.publicTopic.submit({ ...residentTopic(zhapu, 72), name: null, phone: null });
    expect((await resident.consultation.publicTopic.topics({ townshipId: zhapu })).items).toEqual([]);
    // 当湖's officer does not see 乍浦's queue; 乍浦's would.
    expect((await liaison.consultation.residentTopic.list({ townshipId: zhapu })).items).toEqual([]);
    const admin = (await api.loginAs("admin")).caller;
    const queue = await admin.consultation.residentTopic.list({ townshipId: zhapu, state: "pending" });
    expect(queue.items).toHaveLength(2);
    const [second, first] = queue.items;
    await admin.consultation.residentTopic.moderate({ id: first!.id, version: first!.version, type: "accept" });
    const noReason = await errorOf(admin.consultation.residentTopic.moderate({ id: second!.id, version: second!.version, type: "reject" }));
    expect(noReason.message).toBe("请填写不予采纳的理由（至少 2 个字）");
    await admin.consultation.residentTopic.moderate({ id: second!.id, version: second!.version, type: "reject", reason: "不属于政协协商范围" });
    const shown = await resident.consultation.publicTopic.topics({ townshipId: zhapu });
    expect(shown.items.map((t) => t.topic)).toEqual([first!.topic]);
    expect(shown.items[0]).toEqual({
      id: first!.id,
      topic: first!.topic,
      description: first!.description,
      status: "accepted",
      statusLabel: "已采纳",
      session: null,
      // Only photos the officer chose to publish; this topic has none.
      photoIds: [],
      createdAt: expect.any(Date),
    });
    // Accepting again changes nothing; changing one's mind after is not possible.
    const again = await admin.consultation.residentTopic.moderate({ id: first!.id, version: first!.version, type: "accept" });
    expect(again.version).toBe(first!.version + 1);
    const flip = await errorOf(admin.consultation.residentTopic.moderate({ id: first!.id, version: again.version, type: "reject", reason: "改主意" }));
    expect(flip.message).toBe("该议题已采纳，不能再不予采纳");
  });
});
