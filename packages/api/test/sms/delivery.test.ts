import { messageDelivery, outbox } from "@cppcc/db";
import { deliveryLimits } from "@cppcc/domain";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliveryJobs, drainLeasedJobs } from "../../src/jobs";
import { systemContext } from "../../src/serviceContext";
import { createSmsGateway } from "../../src/services/sms/gateway";
import { startSmsStandIn, type SmsStandIn } from "../../src/services/sms/standIn";
import { createTestApi, type TestApi } from "../../src/testing";
import { channel, memberAccountId, notice, sendNotice } from "./fixtures";
import { memberPhone } from "./memberPhone";

let api: TestApi;
let standIn: SmsStandIn;
let to: { councilId: string; accountId: string };
let phone: string;
let jobs: ReturnType<typeof deliveryJobs>;

beforeAll(async () => {
  api = await createTestApi();
  standIn = await startSmsStandIn({ signName: "平湖政协", clock: api.clock });
  jobs = deliveryJobs({ sms: createSmsGateway(standIn.config) });
  to = await memberAccountId(api.db);
  phone = await memberPhone(api.db.db);
}, 60_000);
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});
beforeEach(() => {
  standIn.received.length = 0;
  standIn.requests = 0;
});

const run = () => drainLeasedJobs(api.db, jobs, { clock: api.clock });
const delivery = async (key: string) => (await api.db.db.select().from(messageDelivery).where(eq(messageDelivery.key, `sms:${key}`)))[0]!;
const job = async (key: string) => (await api.db.db.select().from(outbox).where(eq(outbox.key, `message-delivery:sms:${key}`)))[0]!;
/** Past the worker's backoff for the next attempt (30 s × 4^(n−1)). */
const pastBackoff = async (key: string) => api.clock.set(new Date((await job(key)).runAt.getTime() + 1000));

describe("SMS channel", () => {
  it("reaches a member with a phone on the roster, not a staff login", async () => {
    const ctx = systemContext(api.db, to.councilId, api.clock);
    expect(await channel.reaches(ctx, to.accountId)).toBe(true);
    const admin = await memberAccountId(api.db, "admin");
    expect(await channel.reaches(ctx, admin.accountId)).toBe(false);
  });

  it("texts what happened with the council's name and a link, carrying the key as OutId; queued twice, sent once", async () => {
    api.clock.set("2026-04-01T02:00:00Z");
    await sendNotice(api.db, api.clock, notice(to, "n-once"));
    await sendNotice(api.db, api.clock, notice(to, "n-once"));
    expect(await run()).toMatchObject({ done: 1, failed: 0 });
    expect(await run()).toMatchObject({ done: 0 });
    expect(standIn.received).toHaveLength(1);
    expect(standIn.received[0]).toMatchObject({
      phone,
      signName: "平湖政协",
      templateCode: "SMS_NOTICE",
      outId: "sms:n-once",
      params: { council: "政协平湖市委员会", title: "邀请您参加老旧小区加装电梯协商会", link: "https://zx.example.cn/portal/consultations/c1" },
    });
    expect(await delivery("n-once")).toMatchObject({ status: "sent", attempts: 1, providerMessageId: standIn.received[0]!.bizId });
  });

  it("retries a provider failing twice with the worker's backoff, and delivers once", async () => {
    api.clock.set("2026-04-02T02:00:00Z");
    standIn.failNext({ status: 500, code: "isp.SYSTEM_ERROR", message: "系统错误" }, { status: 200, code: "isp.RAM_PERMISSION_DENY", message: "RAM权限DENY" });
    await sendNotice(api.db, api.clock, notice(to, "n-retry"));
    expect(await run()).toMatchObject({ failed: 1 });
    expect(await delivery("n-retry")).toMatchObject({ status: "failed", attempts: 1, lastError: "isp.SYSTEM_ERROR 系统错误" });
    // Not before its time.
    expect(await run()).toMatchObject({ done: 0, failed: 0 });
    await pastBackoff("n-retry");
    expect(await run()).toMatchObject({ failed: 1 });
    await pastBackoff("n-retry");
    expect(await run()).toMatchObject({ done: 1 });
    expect(standIn.requests).toBe(3);
    expect(standIn.received).toHaveLength(1);
    expect(await delivery("n-retry")).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("does not send again what the provider accepted when the answer never came back", async () => {
    api.clock.set("2026-04-03T02:00:00Z");
    standIn.failNext("acceptThenDrop");
    await sendNotice(api.db, api.clock, notice(to, "n-lost-answer"));
    expect(await run()).toMatchObject({ failed: 1 });
    expect(await delivery("n-lost-answer")).toMatchObject({ status: "sending", attempts: 1 });
    await pastBackoff("n-lost-answer");
    expect(await run()).toMatchObject({ done: 1 });
    // Reconciled by asking the provider for the OutId: one text, one SendSms.
    expect(standIn.requests).toBe(1);
    expect(standIn.received).toHaveLength(1);
    expect(await delivery("n-lost-answer")).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("takes over a job whose worker died after sending, once its lease ran out, and does not send again", async () => {
    api.clock.set("2026-04-04T02:00:00Z");
    await sendNotice(api.db, api.clock, notice(to, "n-died"));
    // The first worker marks the attempt, the provider accepts, then the worker dies before it writes anything more.
    const dying = deliveryJobs({
      sms: {
        ...createSmsGateway(standIn.config),
        send: async (m) => {
          await createSmsGateway(standIn.config).send(m);
          throw new Error("worker killed");
        },
      },
    });
    const died = drainLeasedJobs(api.db, dying, { clock: api.clock }).catch(() => undefined);
    await died;
    // What a killed worker leaves: the lease still set (a dying process records no failure).
    await api.db.db.update(outbox).set({ attempts: 0, lastError: null, lockedUntil: new Date(api.clock.now().getTime() + 120_000), runAt: api.clock.now() }).where(eq(outbox.key, "message-delivery:sms:n-died"));
    expect(await run()).toMatchObject({ done: 0 });
    api.clock.set("2026-04-04T02:02:01Z");
    expect(await run()).toMatchObject({ done: 1 });
    expect(standIn.received).toHaveLength(1);
    expect(await delivery("n-died")).toMatchObject({ status: "sent" });
  });

  it("records a text the provider refuses (its daily limit) as refused and does not retry it", async () => {
    api.clock.set("2026-04-05T02:00:00Z");
    standIn.failNext({ status: 200, code: "isv.BUSINESS_LIMIT_CONTROL", message: "触发天级流控Permits:40" });
    await sendNotice(api.db, api.clock, notice(to, "n-provider-limit"));
    expect(await run()).toMatchObject({ done: 1 });
    expect(await delivery("n-provider-limit")).toMatchObject({ status: "refused", lastError: "isv.BUSINESS_LIMIT_CONTROL 触发天级流控Permits:40" });
    api.clock.set("2026-04-05T08:00:00Z");
    expect(await run()).toMatchObject({ done: 0, failed: 0 });
    expect(standIn.requests).toBe(1);
  });

  it("stops at the platform's own daily limit per phone, and starts again the next Shanghai day", async () => {
    api.clock.set("2026-04-06T01:00:00Z"); // 09:00 in Shanghai
    const limit = deliveryLimits.sms.perRecipientPerDay;
    for (let i = 0; i <= limit; i++) await sendNotice(api.db, api.clock, notice(to, `n-limit-${i}`));
    await run();
    expect(standIn.received).toHaveLength(limit);
    const refused = await api.db.db
      .select()
      .from(messageDelivery)
      .where(and(like(messageDelivery.key, "sms:n-limit-%"), eq(messageDelivery.status, "refused")));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.lastError).toBe(`已达到今日短信通知上限（每人每天 ${limit} 条），未发送`);
    api.clock.set("2026-04-06T16:00:00Z"); // 00:00 the next day in Shanghai
    await sendNotice(api.db, api.clock, notice(to, "n-next-day"));
    await run();
    expect(await delivery("n-next-day")).toMatchObject({ status: "sent" });
  });

  it("texts a digest as one message with the count", async () => {
    api.clock.set("2026-04-08T12:00:00Z");
    await sendNotice(api.db, api.clock, { ...notice(to, "digest:2026-04-08"), kind: "digest", title: "今日汇总", link: null, notificationIds: ["a", "b", "c"] });
    await run();
    expect(standIn.received).toHaveLength(1);
    expect(standIn.received[0]).toMatchObject({ templateCode: "SMS_DIGEST", params: { council: "政协平湖市委员会", count: "3", link: "https://zx.example.cn/portal/" } });
  });
});
