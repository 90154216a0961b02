import { auditLog, consultation as consultationTable, publicRateLimit } from "@cppcc/db";
import { applyRedactions, suggestRedactions } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { errorOf, townshipId } from "./fixtures";

/**
 * A resident's topic from receipt to outcome: the officer publishes an edited or redacted text
 * (the original stays for the office), and the resident follows the topic with the receipt number
 * and the phone's last four digits (or the code given with the receipt), rate limited per address.
 */
let api: TestApi;
let liaison: Caller;
let danghu: string;
const day = "2025-06-10T02:00:00Z";
beforeAll(async () => {
  api = await createTestApi();
  api.clock.set(day);
  liaison = (await api.loginAs("liaison")).caller;
  danghu = await townshipId(api, "当湖街道");
});
afterAll(() => api?.close());

const notFound = "没有查到该议题，请核对回执号和手机号后四位（未留手机号的请填回执上的查询码）";
const written = {
  topic: "东湖小区楼道灯坏了没人修",
  description: "我叫王小明，住东湖小区3栋2单元501，楼道灯坏了一个多月，电话13812345678，物业一直不来修。",
  name: "王小明",
  phone: "13812345678",
};

async function pendingTopic(receiptNo: string) {
  const queue = await liaison.consultation.residentTopic.list({ state: "pending", townshipId: danghu });
  const topic = queue.items.find((t) => t.receiptNo === receiptNo);
  expect(topic, `pending topic ${receiptNo}`).toBeDefined();
  return topic!;
}

describe("accepting with an edited, redacted text", () => {
  it("publishes the officer's text, keeps the resident's for the office, and audits both", async () => {
    const resident = api.caller(undefined, "198.51.100.21");
    const sent = await resident.consultation.publicTopic.submit({ townshipId: danghu, ...written });
    expect(sent).toMatchObject({ received: true, duplicate: false, lookupCode: null });
    expect(sent.receiptNo).toMatch(/^YT-20250610-\d{4}$/);

    const topic = await pendingTopic(sent.receiptNo!);
    expect(topic).toMatchObject({ description: written.description, publishedDescription: null });
    const suggestions = suggestRedactions(topic.description, [topic.name]);
    expect(suggestions.map((s) => s.kind)).toEqual(["name", "houseNumber", "phone"]);
    const redacted = applyRedactions(topic.description, suggestions);
    await liaison.consultation.residentTopic.moderate({
      id: topic.id,
      version: topic.version,
      type: "accept",
      publishedTopic: "东湖小区楼道灯损坏，物业未维修",
      publishedDescription: redacted,
    });

    const shown = await resident.consultation.publicTopic.topics({ townshipId: danghu });
    const mine = shown.items.find((t) => t.id === topic.id)!;
    expect(mine).toMatchObject({ topic: "东湖小区楼道灯损坏，物业未维修", description: redacted, status: "accepted", statusLabel: "已采纳", session: null });
    expect(JSON.stringify(shown)).not.toMatch(/13812345678|王小明|501/);

    // The office still reads what the resident wrote, beside what was published.
    const office = await liaison.consultation.residentTopic.get({ id: topic.id });
    expect(office).toMatchObject({ topic: written.topic, description: written.description, publishedDescription: redacted, phone: "13812345678" });

    const [entry] = await api.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, topic.id), eq(auditLog.action, "residentTopic.accept")));
    expect(entry!.before).toMatchObject({ description: written.description, publishedDescription: null });
    expect(entry!.after).toMatchObject({ description: written.description, publishedDescription: redacted, publishedTopic: "东湖小区楼道灯损坏，物业未维修" });

    // The resident follows it: the receipt as typed on a phone, and the phone's last four digits.
    const found = await resident.consultation.publicTopic.lookup({
      townshipId: danghu,
      receiptNo: sent.receiptNo!.toLowerCase().replaceAll("-", " "),
      code: "5678",
    });
    expect(found).toMatchObject({
      receiptNo: sent.receiptNo,
      townshipName: "当湖街道",
      status: "accepted",
      statusLabel: "已采纳",
      topic: "东湖小区楼道灯损坏，物业未维修",
      publishedDescription: redacted,
      rejectReason: null,
      session: null,
    });
    expect(JSON.stringify(found)).not.toMatch(/13812345678|王小明/);
  });

  it("publishes the resident's own words when the officer changes nothing", async () => {
    const sent = await api.caller(undefined, "198.51.100.22").consultation.publicTopic.submit({
      townshipId: danghu,
      topic: "菜场门口积水严重",
      description: "每逢下雨菜场门口就积水到脚踝，买菜的老人进出很不方便。",
      phone: null,
    });
    const topic = await pendingTopic(sent.receiptNo!);
    await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });
    expect(await liaison.consultation.residentTopic.get({ id: topic.id })).toMatchObject({
      publishedTopic: "菜场门口积水严重",
      publishedDescription: "每逢下雨菜场门口就积水到脚踝，买菜的老人进出很不方便。",
    });
  });

  it("refuses a published text too short to mean anything", async () => {
    const sent = await api.caller(undefined, "198.51.100.23").consultation.publicTopic.submit({
      townshipId: danghu,
      topic: "公交站台缺少座椅",
      description: "城南公交站台没有座椅，等车的老人只能站着，希望加装。",
      phone: "13900001111",
    });
    const topic = await pendingTopic(sent.receiptNo!);
    const e = await errorOf(liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept", publishedDescription: " 某 " }));
    expect(e).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("公示的情况描述至少 2 个字") });
    expect((await liaison.consultation.residentTopic.get({ id: topic.id })).state).toBe("pending");
  });
});

describe("receipt lookup", () => {
  it("answers a wrong code and an unknown receipt alike, so neither can be probed", async () => {
    const resident = api.caller(undefined, "198.51.100.31");
    const sent = await resident.consultation.publicTopic.submit({
      townshipId: danghu,
      topic: "健身器材损坏需要更换",
      description: "南门小广场的健身器材有两台已经断裂，孩子玩耍有危险。",
      phone: "13700004321",
    });
    const wrong = await errorOf(resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: "1234" }));
    const unknown = await errorOf(resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: "YT-20250610-0000", code: "4321" }));
    // Four random digits could be 0000; then the unknown one is the topic itself and this test says so.
    expect(sent.receiptNo).not.toBe("YT-20250610-0000");
    expect(wrong).toMatchObject({ code: "NOT_FOUND", message: notFound });
    expect(unknown).toMatchObject({ code: "NOT_FOUND", message: notFound });
    const pending = await resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: "4321" });
    expect(pending).toMatchObject({ status: "pending", statusLabel: "待审核", topic: "健身器材损坏需要更换", publishedDescription: null, session: null });
    const bad = await errorOf(resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: "12345", code: "43" }));
    expect(bad.code).toBe("BAD_REQUEST");
  });

  it("gives an anonymous resident a lookup code, and shows a declined topic's reason", async () => {
    const resident = api.caller(undefined, "198.51.100.32");
    const sent = await resident.consultation.publicTopic.submit({
      townshipId: danghu,
      topic: "邻居装修噪音太大",
      description: "楼上邻居周末早上七点就开始装修，吵得没法休息，希望有人管管。",
      name: null,
      phone: null,
    });
    expect(sent.lookupCode).toMatch(/^\d{4}$/);
    const topic = await pendingTopic(sent.receiptNo!);
    await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "reject", reason: "属于邻里纠纷，已转社区调解" });
    const found = await resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: sent.lookupCode! });
    expect(found).toMatchObject({
      status: "rejected",
      statusLabel: "未采纳",
      rejectReason: "属于邻里纠纷，已转社区调解",
      topic: "邻居装修噪音太大",
      publishedDescription: null,
      session: null,
    });
  });

  it("gives the same receipt to a retry, and none of another's to someone who sent the same words", async () => {
    const body = { townshipId: danghu, topic: "小区垃圾清运不及时", description: "东湖小区北门的垃圾桶经常满溢，三天才清运一次，气味很大。", phone: "13600002222" };
    const first = await api.caller(undefined, "198.51.100.41").consultation.publicTopic.submit(body);
    const retry = await api.caller(undefined, "198.51.100.41").consultation.publicTopic.submit(body);
    expect(retry).toMatchObject({ duplicate: true, receiptNo: first.receiptNo, lookupCode: null });
    const other = await api.caller(undefined, "198.51.100.42").consultation.publicTopic.submit({ ...body, phone: "13600003333" });
    expect(other).toMatchObject({ duplicate: true, receiptNo: null, lookupCode: null, message: "相同的议题已有居民提出，联络室会一并审核" });
  });

  it("shows a scheduled topic's day, start time and place, in the lookup and on the public list", async () => {
    const resident = api.caller(undefined, "198.51.100.51");
    const sent = await resident.consultation.publicTopic.submit({
      townshipId: danghu,
      topic: "老街路面坑洼不平",
      description: "老街中段路面有十几处坑洼，下雨后积水，电动车经过容易摔倒。",
      phone: "13500005555",
    });
    const topic = await pendingTopic(sent.receiptNo!);
    await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });
    const { consultation } = await liaison.consultation.deliberation.scheduleFromTopics({
      topicIds: [topic.id],
      title: "老街路面整修议事会",
      plannedDate: "2025-06-20",
      venue: "当湖街道民生议事堂",
    });
    // The start time is filled by the scheduling form (another change); here it is set as that form would.
    await api.db.db.update(consultationTable).set({ startTime: "14:30:00" }).where(eq(consultationTable.id, consultation.id));

    const found = await resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: "5555" });
    const session = { title: "老街路面整修议事会", date: "2025-06-20", startTime: "14:30", place: "当湖街道民生议事堂", address: null };
    expect(found).toMatchObject({ status: "scheduled", statusLabel: "已安排议事", session });
    const listed = (await resident.consultation.publicTopic.topics({ townshipId: danghu })).items.find((t) => t.id === topic.id);
    expect(listed).toMatchObject({ status: "scheduled", statusLabel: "已安排议事", session });

    // Called off before it met: the topic waits for another session, and no date is shown.
    await api.db.db.update(consultationTable).set({ state: "cancelled", cancelReason: "暴雨" }).where(eq(consultationTable.id, consultation.id));
    const after = await resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: "5555" });
    expect(after).toMatchObject({ status: "accepted", statusLabel: "已采纳", session: null });
  });

  it("limits one address to 10 lookups per 15 minutes, right or wrong, and leaves other addresses alone", async () => {
    const resident = api.caller(undefined, "198.51.100.61");
    const sent = await resident.consultation.publicTopic.submit({
      townshipId: danghu,
      topic: "路口红绿灯时间太短",
      description: "人民路和新华路路口的行人绿灯只有十五秒，老人过不去马路。",
      phone: "13400006666",
    });
    const guess = api.caller(undefined, "198.51.100.62");
    for (let n = 0; n < 10; n++) {
      const e = await errorOf(guess.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: String(1000 + n) }));
      expect(e.code).toBe("NOT_FOUND");
    }
    // The eleventh is refused even with the right code.
    const refused = await errorOf(guess.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: "6666" }));
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "查询过于频繁，请 15 分钟后再试" });
    const slots = await api.db.db.select().from(publicRateLimit).where(eq(publicRateLimit.key, "residentTopicLookup:198.51.100.62"));
    expect(slots).toHaveLength(10);
    // Lookups and submissions are counted apart: the resident who submitted can still look up.
    expect((await resident.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: "6666" })).status).toBe("pending");
    // Past the window the address may ask again.
    api.clock.advance(15 * 60_000 + 1000);
    expect((await guess.consultation.publicTopic.lookup({ townshipId: danghu, receiptNo: sent.receiptNo!, code: "6666" })).status).toBe("pending");
    api.clock.set(day);
  });

  it("gives every resident of a rush a receipt of their own (run on Postgres with a pool for the race)", async () => {
    const sent = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        api.caller(undefined, `203.0.113.${100 + i}`).consultation.publicTopic.submit({
          townshipId: danghu,
          topic: `第${i + 1}号楼电梯经常停运`,
          description: `第${i + 1}号楼的电梯这个月已经停了三次，楼上的老人下不了楼。`,
          phone: null,
        }),
      ),
    );
    const receipts = sent.map((r) => r.receiptNo);
    expect(receipts.every((r) => r && /^YT-20250610-\d{4,6}$/.test(r))).toBe(true);
    expect(new Set(receipts).size).toBe(60);
  });
});
