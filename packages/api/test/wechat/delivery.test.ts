import { account, messageDelivery, outbox } from "@cppcc/db";
import { deliveryLimits } from "@cppcc/domain";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliveryJobs, drainLeasedJobs } from "../../src/jobs";
import { createWechatGateway } from "../../src/services/wechat/gateway";
import { startWechatStandIn, type WechatStandIn } from "../../src/services/wechat/standIn";
import { createTestApi, type TestApi } from "../../src/testing";
import { memberAccountId, notice } from "../sms/fixtures";
import { sendNotice } from "./fixtures";

/** WeChat template messages through message_delivery and the leased jobs, against the stand-in. */
let api: TestApi;
let standIn: WechatStandIn;
let to: { councilId: string; accountId: string };
let jobs: ReturnType<typeof deliveryJobs>;
const openid = "o-member-follows";

beforeAll(async () => {
  standIn = await startWechatStandIn({ followers: [openid] });
  api = await createTestApi();
  jobs = deliveryJobs({ sms: null, wechat: createWechatGateway(standIn.config, api.clock) });
  to = await memberAccountId(api.db);
  await api.db.db.update(account).set({ wechatOpenid: openid, wechatBoundAt: new Date() }).where(eq(account.id, to.accountId));
}, 60_000);
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});
beforeEach(() => {
  standIn.received.length = 0;
  standIn.sends = 0;
  standIn.followers = new Set([openid]);
});

const run = () => drainLeasedJobs(api.db, jobs, { clock: api.clock });
const delivery = async (key: string) => (await api.db.db.select().from(messageDelivery).where(eq(messageDelivery.key, `wechat:${key}`)))[0]!;
const job = async (key: string) => (await api.db.db.select().from(outbox).where(eq(outbox.key, `message-delivery:wechat:${key}`)))[0]!;
const pastBackoff = async (key: string) => api.clock.set(new Date((await job(key)).runAt.getTime() + 1000));

describe("WeChat channel", () => {
  it("sends the generic template with what happened, the council, the time and the page; queued twice, sent once", async () => {
    api.clock.set("2026-04-01T02:00:00Z");
    await sendNotice(api.db, api.clock, notice(to, "w-once"));
    await sendNotice(api.db, api.clock, notice(to, "w-once"));
    expect(await run()).toMatchObject({ done: 1, failed: 0 });
    expect(await run()).toMatchObject({ done: 0 });
    expect(standIn.received).toEqual([
      {
        openid,
        templateId: "TEMPLATE_NOTICE",
        url: "https://zx.example.cn/portal/consultations/c1",
        data: { thing1: "邀请您参加老旧小区加装电梯协商会", thing2: "政协平湖市委员会", time3: "2026年4月1日 10:00" },
        msgId: expect.any(String) as string,
      },
    ]);
    expect(await delivery("w-once")).toMatchObject({ status: "sent", attempts: 1, recipient: openid, providerMessageId: standIn.received[0]!.msgId });
  });

  it("fetches the access token once and reuses it until WeChat revokes it, then fetches again and retries", async () => {
    api.clock.set("2026-04-02T02:00:00Z");
    const issued = standIn.tokensIssued;
    await sendNotice(api.db, api.clock, notice(to, "w-token-1"));
    await sendNotice(api.db, api.clock, notice(to, "w-token-2"));
    await run();
    expect(standIn.tokensIssued).toBe(issued);
    standIn.revokeToken();
    await sendNotice(api.db, api.clock, notice(to, "w-token-3"));
    expect(await run()).toMatchObject({ failed: 1 });
    expect((await delivery("w-token-3")).lastError).toContain("40001");
    await pastBackoff("w-token-3");
    expect(await run()).toMatchObject({ done: 1 });
    expect(standIn.tokensIssued).toBe(issued + 1);
    expect(await delivery("w-token-3")).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("retries WeChat's system busy (-1) with the worker's backoff and delivers once", async () => {
    api.clock.set("2026-04-03T02:00:00Z");
    standIn.failNext({ errcode: -1, errmsg: "system error" });
    await sendNotice(api.db, api.clock, notice(to, "w-busy"));
    expect(await run()).toMatchObject({ failed: 1 });
    expect(await delivery("w-busy")).toMatchObject({ status: "failed", lastError: "微信系统繁忙（-1 system error）" });
    expect(await run()).toMatchObject({ done: 0, failed: 0 });
    await pastBackoff("w-busy");
    expect(await run()).toMatchObject({ done: 1 });
    expect(standIn.received).toHaveLength(1);
    expect(await delivery("w-busy")).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("does not retry someone who no longer follows the account (43004): refused, with the reason in Chinese", async () => {
    api.clock.set("2026-04-04T02:00:00Z");
    standIn.followers.clear();
    await sendNotice(api.db, api.clock, notice(to, "w-unfollowed"));
    expect(await run()).toMatchObject({ done: 1 });
    expect(await delivery("w-unfollowed")).toMatchObject({ status: "refused", lastError: "对方未关注本公众号或已取消关注，无法发送（43004 require subscribe）" });
    api.clock.set("2026-04-04T08:00:00Z");
    expect(await run()).toMatchObject({ done: 0, failed: 0 });
    expect(standIn.sends).toBe(1);
  });

  it("never sends again when WeChat's answer was lost: it may have arrived, and WeChat cannot be asked", async () => {
    api.clock.set("2026-04-05T02:00:00Z");
    standIn.failNext("acceptThenDrop");
    await sendNotice(api.db, api.clock, notice(to, "w-lost"));
    expect(await run()).toMatchObject({ failed: 1 });
    expect(await delivery("w-lost")).toMatchObject({ status: "sending", attempts: 1 });
    await pastBackoff("w-lost");
    expect(await run()).toMatchObject({ done: 1 });
    expect(standIn.sends).toBe(1);
    expect(standIn.received).toHaveLength(1);
    const d = await delivery("w-lost");
    expect(d.status).toBe("refused");
    expect(d.lastError).toMatch(/^上次发送未收到微信应答，可能已送达；为免重复不再重发/);
  });

  it("keeps to its own daily limit per person, apart from texts", async () => {
    api.clock.set("2026-04-06T01:00:00Z");
    const limit = deliveryLimits.wechat.perRecipientPerDay;
    for (let i = 0; i <= limit; i++) await sendNotice(api.db, api.clock, notice(to, `w-limit-${i}`));
    await run();
    expect(standIn.received).toHaveLength(limit);
    const refused = await api.db.db
      .select()
      .from(messageDelivery)
      .where(and(like(messageDelivery.key, "wechat:w-limit-%"), eq(messageDelivery.status, "refused")));
    expect(refused.map((r) => r.lastError)).toEqual([`已达到今日微信通知上限（每人每天 ${limit} 条），未发送`]);
  });

  it("sends a digest as one message naming the count", async () => {
    api.clock.set("2026-04-08T12:00:00Z");
    await sendNotice(api.db, api.clock, { ...notice(to, "digest:2026-04-08"), kind: "digest", title: "今日汇总", link: null, notificationIds: ["a", "b", "c"] });
    await run();
    expect(standIn.received[0]).toMatchObject({ url: "https://zx.example.cn/portal/", data: { thing1: "您有 3 条新消息" } });
  });
});
