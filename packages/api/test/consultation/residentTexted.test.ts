import { messageDelivery } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliveryJobs, drainLeasedJobs } from "../../src/jobs";
import { createSmsGateway } from "../../src/services/sms/gateway";
import { startSmsStandIn, type SmsStandIn } from "../../src/services/sms/standIn";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { residentTopic, townshipId } from "./fixtures";

/** A resident who left a phone is texted the decision on their topic, by receipt number, through the delivery jobs. */
let api: TestApi;
let standIn: SmsStandIn;
let liaison: Caller;
let danghu: string;
let jobs: ReturnType<typeof deliveryJobs>;
beforeAll(async () => {
  standIn = await startSmsStandIn({ signName: "平湖政协" });
  const sms = createSmsGateway(standIn.config);
  api = await createTestApi({ sms });
  jobs = deliveryJobs({ sms });
  liaison = (await api.loginAs("liaison")).caller;
  danghu = await townshipId(api, "当湖街道");
}, 60_000);
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});
beforeEach(() => void (standIn.received.length = 0));

let n = 0;
/** A resident (each from their own address) submits; the liaison finds it in the queue. */
async function submitted(phone: string | null) {
  n++;
  const receipt = await api.caller(undefined, `203.0.113.${n}`).consultation.publicTopic.submit({ ...residentTopic(danghu, 200 + n), phone });
  const queue = await liaison.consultation.residentTopic.list({ townshipId: danghu, state: "pending" });
  const topic = queue.items.find((t) => t.receiptNo === receipt.receiptNo)!;
  return { topic, receiptNo: receipt.receiptNo! };
}
const run = () => drainLeasedJobs(api.db, jobs, { clock: api.clock });

describe("residents told of their topic by SMS", () => {
  it("tells the public form that a phone left is texted the decision", async () => {
    expect((await api.caller().consultation.publicTopic.township({ townshipId: danghu })).textsDecision).toBe(true);
  });

  it("texts a decline with its reason and the receipt number, once, however often the jobs run", async () => {
    const { topic, receiptNo } = await submitted("13800001234");
    const decided = await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "reject", reason: "该事项已列入街道年度实事项目" });
    expect(decided.residentTexted).toBe(true);
    expect(await run()).toMatchObject({ done: 1, failed: 0 });
    expect(await run()).toMatchObject({ done: 0 });
    expect(standIn.received).toHaveLength(1);
    expect(standIn.received[0]).toMatchObject({
      phone: "13800001234",
      signName: "平湖政协",
      templateCode: "SMS_TOPIC_DECIDED",
      params: { council: "政协平湖市委员会", receipt: receiptNo, result: "未予采纳，理由：该事项已列入街道年度实事项目" },
    });
    const [row] = await api.db.db.select().from(messageDelivery).where(eq(messageDelivery.key, `sms:residentTopic.reject:${topic.id}`));
    expect(row).toMatchObject({ status: "sent", accountId: null, template: "topicDecided" });
  });

  it("texts an acceptance", async () => {
    const { topic, receiptNo } = await submitted("13800005678");
    expect((await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" })).residentTexted).toBe(true);
    await run();
    expect(standIn.received.map((s) => s.params)).toEqual([{ council: "政协平湖市委员会", receipt: receiptNo, result: "已被采纳，将公示并安排协商" }]);
  });

  it("texts nobody who left no phone, and says so", async () => {
    const { topic } = await submitted(null);
    expect((await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" })).residentTexted).toBe(false);
    expect(await run()).toMatchObject({ done: 0 });
    expect(standIn.received).toHaveLength(0);
  });

  it("keeps to the phone's daily limit: a resident's text over it is refused with the reason, not sent", async () => {
    const { topic } = await submitted("13800009999");
    // The phone already had its day's texts (other notices to the same number).
    const now = api.clock.now();
    await api.db.db.insert(messageDelivery).values(
      Array.from({ length: 20 }, (_, i) => ({ councilId: api.councilId, key: `sms:earlier-${i}`, channel: "sms" as const, recipient: "13800009999", template: "notice", params: {}, status: "sent" as const, attemptedAt: now, sentAt: now })),
    );
    expect((await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" })).residentTexted).toBe(true);
    await run();
    expect(standIn.received).toHaveLength(0);
    const [row] = await api.db.db.select().from(messageDelivery).where(and(eq(messageDelivery.key, `sms:residentTopic.accept:${topic.id}`)));
    expect(row).toMatchObject({ status: "refused", lastError: "已达到今日短信通知上限（每人每天 20 条），未发送" });
  });
});

describe("without SMS configured", () => {
  it("queues no text and says none was sent", async () => {
    const bare = await createTestApi();
    try {
      const l = (await bare.loginAs("liaison")).caller;
      const township = await townshipId(bare, "当湖街道");
      expect((await bare.caller().consultation.publicTopic.township({ townshipId: township })).textsDecision).toBe(false);
      const receipt = await bare.caller(undefined, "203.0.113.90").consultation.publicTopic.submit(residentTopic(township, 300));
      const topic = (await l.consultation.residentTopic.list({ townshipId: township, state: "pending" })).items.find((t) => t.receiptNo === receipt.receiptNo)!;
      expect((await l.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" })).residentTexted).toBe(false);
      expect(await bare.db.db.select().from(messageDelivery)).toHaveLength(0);
    } finally {
      await bare.close();
    }
  }, 60_000);
});
