import { auditLog, messageDelivery, smsLoginCode } from "@cppcc/db";
import { badSmsCodeMessage, smsCodeRequestedMessage } from "@cppcc/domain";
import type { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSmsGateway } from "../../src/services/sms/gateway";
import { startSmsStandIn, type SmsStandIn } from "../../src/services/sms/standIn";
import { createTestApi, MemoryCookieJar, type TestApi } from "../../src/testing";
import { memberPhone } from "./memberPhone";

let api: TestApi;
let standIn: SmsStandIn;
let phone: string;
let ipCounter = 0;
/** Each test from its own address, so the address's daily allowance belongs to the test that spends it. */
const freshIp = () => `10.0.0.${++ipCounter}`;

beforeAll(async () => {
  standIn = await startSmsStandIn({ signName: "平湖政协" });
  api = await createTestApi({ sms: createSmsGateway(standIn.config) });
  phone = await memberPhone(api.db.db);
}, 60_000);
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});
beforeEach(() => {
  api.clock.reset();
  standIn.received.length = 0;
});

const lastCode = () => standIn.received.at(-1)!.params.code!;
const error = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as TRPCError;
  }
  throw new Error("expected a refusal");
};

describe("SMS login", () => {
  it("texts a code to a member's phone and signs in with it, once", async () => {
    api.clock.set("2026-03-02T01:00:00Z");
    const ip = freshIp();
    const jar = new MemoryCookieJar();
    const caller = api.caller(jar, ip);
    expect(await caller.auth.smsLoginOffered()).toEqual({ offered: true });
    expect(await caller.auth.requestSmsCode({ phone: `+86 ${phone}` })).toEqual({ message: smsCodeRequestedMessage });

    // What the official client sent, as the provider received it.
    expect(standIn.received).toHaveLength(1);
    const sms = standIn.received[0]!;
    expect(sms).toMatchObject({ phone, signName: "平湖政协", templateCode: "SMS_LOGIN_CODE" });
    expect(sms.params.code).toMatch(/^\d{6}$/);
    expect(sms.outId).toMatch(/^login-code:/);

    // Stored: the delivery as sent, the code only as a digest.
    const [delivery] = await api.db.db.select().from(messageDelivery).where(eq(messageDelivery.key, sms.outId));
    expect(delivery).toMatchObject({ status: "sent", providerMessageId: sms.bizId, recipient: phone, params: { code: "******" } });
    const [code] = await api.db.db.select().from(smsLoginCode).where(eq(smsLoginCode.phone, phone)).orderBy(desc(smsLoginCode.createdAt)).limit(1);
    expect(code!.codeHash).not.toContain(sms.params.code);

    const me = await caller.auth.loginWithSmsCode({ phone, code: sms.params.code! });
    expect(me.account.username).toBe("member");
    expect(await api.caller(jar, ip).auth.me()).toMatchObject({ account: { username: "member" } });
    const [audit] = await api.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.login"), eq(auditLog.accountId, me.account.id)))
      .orderBy(desc(auditLog.occurredAt))
      .limit(1);
    expect(audit!.after).toEqual({ via: "sms" });

    // Single use: the same code again is refused with the one message.
    const again = await error(api.caller(new MemoryCookieJar(), ip).auth.loginWithSmsCode({ phone, code: sms.params.code! }));
    expect(again.message).toBe(badSmsCodeMessage);
  });

  it("answers an unknown phone exactly as a known one, and texts nothing", async () => {
    api.clock.set("2026-03-03T01:00:00Z");
    const caller = api.caller(new MemoryCookieJar(), freshIp());
    expect(await caller.auth.requestSmsCode({ phone: "13900000001" })).toEqual({ message: smsCodeRequestedMessage });
    expect(standIn.received).toHaveLength(0);
    // And it is throttled the same way, so the limit does not tell either.
    const second = await error(caller.auth.requestSmsCode({ phone: "13900000001" }));
    expect(second.code).toBe("TOO_MANY_REQUESTS");
    expect((await error(caller.auth.loginWithSmsCode({ phone: "13900000001", code: "123456" }))).message).toBe(badSmsCodeMessage);
  });

  it("lets a code live five minutes", async () => {
    api.clock.set("2026-03-04T01:00:00Z");
    const ip = freshIp();
    await api.caller(new MemoryCookieJar(), ip).auth.requestSmsCode({ phone });
    const code = lastCode();
    api.clock.set("2026-03-04T01:05:01Z");
    expect((await error(api.caller(new MemoryCookieJar(), ip).auth.loginWithSmsCode({ phone, code }))).message).toBe(badSmsCodeMessage);

    api.clock.set("2026-03-04T01:10:00Z");
    await api.caller(new MemoryCookieJar(), ip).auth.requestSmsCode({ phone });
    api.clock.set("2026-03-04T01:14:59Z");
    const me = await api.caller(new MemoryCookieJar(), ip).auth.loginWithSmsCode({ phone, code: lastCode() });
    expect(me.account.username).toBe("member");
  });

  it("sends one code a minute and ten a day per phone", async () => {
    api.clock.set("2026-03-07T00:00:00Z");
    const caller = () => api.caller(new MemoryCookieJar(), freshIp());
    await caller().auth.requestSmsCode({ phone });
    api.clock.set("2026-03-07T00:00:30Z");
    const soon = await error(caller().auth.requestSmsCode({ phone }));
    expect(soon.code).toBe("TOO_MANY_REQUESTS");
    // The test clock runs on with real time between the two requests: 30 seconds, give or take the one in progress.
    expect(soon.message).toMatch(/^验证码已发送，请 3[01] 秒后再获取$/);
    for (let i = 1; i < 10; i++) {
      api.clock.set(new Date(Date.parse("2026-03-07T00:00:00Z") + i * 61_000));
      await caller().auth.requestSmsCode({ phone });
    }
    expect(standIn.received).toHaveLength(10);
    api.clock.set("2026-03-07T03:00:00Z");
    expect((await error(caller().auth.requestSmsCode({ phone }))).message).toMatch(/今日获取验证码次数已达上限/);
    // The window slides: a day after the first, one is allowed again.
    api.clock.set("2026-03-08T00:00:01Z");
    await caller().auth.requestSmsCode({ phone });
    expect(standIn.received).toHaveLength(11);
  });

  it("stops guessing after five wrong codes for a phone", async () => {
    api.clock.set("2026-03-12T01:00:00Z");
    const ip = freshIp();
    await api.caller(new MemoryCookieJar(), ip).auth.requestSmsCode({ phone });
    const right = lastCode();
    const wrong = right === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await error(api.caller(new MemoryCookieJar(), freshIp()).auth.loginWithSmsCode({ phone, code: wrong }));
    const refused = await error(api.caller(new MemoryCookieJar(), ip).auth.loginWithSmsCode({ phone, code: right }));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    api.clock.set("2026-03-12T01:04:00Z");
    expect(refused.message).toMatch(/登录失败次数过多/);
  });

  it("skips the forced change of an office-set password, which still applies to the password login", async () => {
    api.clock.set("2026-03-14T01:00:00Z");
    const admin = (await api.loginAs("admin")).caller;
    const accounts = await admin.account.list({ role: "member", search: "member", limit: 50 });
    const memberAccount = accounts.items.find((a) => a.username === "member")!;
    await admin.account.resetPassword({ id: memberAccount.id, password: "Handed0ver!" });
    const ip = freshIp();
    await api.caller(new MemoryCookieJar(), ip).auth.requestSmsCode({ phone });
    const jar = new MemoryCookieJar();
    const me = await api.caller(jar, ip).auth.loginWithSmsCode({ phone, code: lastCode() });
    expect(me.account.mustChangePassword).toBe(false);
    expect((await api.caller(jar, ip).auth.me())?.account.mustChangePassword).toBe(false);
    const pwJar = new MemoryCookieJar();
    const byPassword = await api.caller(pwJar, freshIp()).auth.login({ username: "member", password: "Handed0ver!" });
    expect(byPassword.account.mustChangePassword).toBe(true);
  });

  it("says so, and keeps the record, when the provider refuses the text", async () => {
    api.clock.set("2026-03-16T01:00:00Z");
    standIn.failNext({ status: 200, code: "isv.BUSINESS_LIMIT_CONTROL", message: "触发天级流控Permits:10" });
    const refused = await error(api.caller(new MemoryCookieJar(), freshIp()).auth.requestSmsCode({ phone }));
    expect(refused.message).toBe("验证码短信未能发出，请稍后再试或使用账号密码登录");
    const [delivery] = await api.db.db.select().from(messageDelivery).orderBy(desc(messageDelivery.createdAt)).limit(1);
    expect(delivery).toMatchObject({ status: "refused", lastError: "isv.BUSINESS_LIMIT_CONTROL 触发天级流控Permits:10" });
  });
});

describe("without SMS configured", () => {
  it("offers no SMS login and refuses to send", async () => {
    const plain = await createTestApi();
    try {
      const caller = plain.caller();
      expect(await caller.auth.smsLoginOffered()).toEqual({ offered: false });
      expect((await error(caller.auth.requestSmsCode({ phone: "13812345678" }))).message).toBe("本平台未开通短信验证码登录，请使用账号密码登录");
    } finally {
      await plain.close();
    }
  }, 60_000);
});
