import { account, auditLog } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../src/serviceContext";
import { createWechatGateway } from "../../src/services/wechat/gateway";
import { startWechatStandIn, type WechatStandIn } from "../../src/services/wechat/standIn";
import { createTestApi, type TestApi } from "../../src/testing";
import { errorOf } from "../consultation/fixtures";
import { memberAccountId } from "../sms/fixtures";
import { bindThroughWechat, channel } from "./fixtures";

/** 绑定微信: the web OAuth flow against the stand-in, with its state checked against the browser that began it. */
let api: TestApi;
let standIn: WechatStandIn;
beforeAll(async () => {
  standIn = await startWechatStandIn();
  api = await createTestApi({ wechat: createWechatGateway(standIn.config) });
}, 60_000);
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});

const openidOf = async (username: string) => (await api.db.db.select({ openid: account.wechatOpenid }).from(account).where(eq(account.username, username)))[0]?.openid ?? null;

describe("binding WeChat", () => {
  it("sends the browser to WeChat's authorize page with the app, the portal's return page and a state", async () => {
    const { caller, jar } = await api.loginAs("member");
    const { url } = await caller.wechat.startBinding({ origin: "https://zx.example.cn/anything" });
    const u = new URL(url);
    expect(u.pathname).toBe("/connect/oauth2/authorize");
    expect(u.hash).toBe("#wechat_redirect");
    expect(Object.fromEntries(u.searchParams)).toMatchObject({ appid: "wx-stand-in-app", redirect_uri: "https://zx.example.cn/portal/me/wechat", response_type: "code", scope: "snsapi_base" });
    expect(jar.get("cppcc_wechat_state")?.endsWith(`.${u.searchParams.get("state")}`)).toBe(true);
  });

  it("stores the openid WeChat names for the code, audited, and the channel then reaches the member", async () => {
    const { caller } = await api.loginAs("member");
    expect(await caller.wechat.status()).toEqual({ offered: true, bound: false, boundAt: null });
    const { finish } = await bindThroughWechat(caller, standIn, "o-member-1");
    expect(await finish()).toMatchObject({ bound: true });
    expect(await caller.wechat.status()).toMatchObject({ offered: true, bound: true });
    expect(await openidOf("member")).toBe("o-member-1");
    const to = await memberAccountId(api.db);
    expect(await channel.reaches(systemContext(api.db, to.councilId, api.clock), to.accountId)).toBe(true);
    const audit = await api.db.db.select().from(auditLog).where(and(eq(auditLog.action, "account.wechatBind"), eq(auditLog.entityId, to.accountId)));
    expect(audit).toHaveLength(1);
  });

  it("refuses a code carried to another login's browser (the state is not theirs), and a code used twice", async () => {
    const member = await api.loginAs("member");
    const { back } = await bindThroughWechat(member.caller, standIn, "o-attacker");
    // Someone else's browser, signed in as the liaison, is sent the same return address.
    const other = await api.loginAs("liaison");
    const csrf = await errorOf(other.caller.wechat.finishBinding({ code: back.searchParams.get("code")!, state: back.searchParams.get("state")! }));
    expect(csrf.message).toBe("绑定请求已过期或不是从本页发起的，请重新点击「绑定微信」");
    expect(await openidOf("liaison")).toBeNull();

    const again = await bindThroughWechat(member.caller, standIn, "o-member-2");
    await again.finish();
    // The state is spent with the first answer; the same return replayed is refused before WeChat is asked.
    expect((await errorOf(again.finish())).message).toBe("绑定请求已过期或不是从本页发起的，请重新点击「绑定微信」");
    // A fresh state with a code WeChat already spent: WeChat's refusal in words.
    const fresh = await member.caller.wechat.startBinding({ origin: "https://zx.example.cn" });
    const state = new URL(fresh.url).searchParams.get("state")!;
    expect((await errorOf(member.caller.wechat.finishBinding({ code: again.back.searchParams.get("code")!, state }))).message).toBe("微信授权已失效或已使用，请重新点击「绑定微信」");
    expect(await openidOf("member")).toBe("o-member-2");
  });

  it("moves a WeChat bound to another login to the one that binds it now", async () => {
    const admin = await api.loginAs("admin");
    await (await bindThroughWechat(admin.caller, standIn, "o-shared")).finish();
    const member = await api.loginAs("member");
    await (await bindThroughWechat(member.caller, standIn, "o-shared")).finish();
    expect(await openidOf("member")).toBe("o-shared");
    expect(await openidOf("admin")).toBeNull();
  });

  it("unbinds: the channel no longer reaches the member", async () => {
    const { caller } = await api.loginAs("member");
    await caller.wechat.unbind();
    expect(await caller.wechat.status()).toMatchObject({ bound: false });
    const to = await memberAccountId(api.db);
    expect(await channel.reaches(systemContext(api.db, to.councilId, api.clock), to.accountId)).toBe(false);
  });
});

describe("without WeChat configured", () => {
  it("offers nothing and refuses a binding in words", async () => {
    const bare = await createTestApi();
    try {
      const { caller } = await bare.loginAs("member");
      expect(await caller.wechat.status()).toEqual({ offered: false, bound: false, boundAt: null });
      expect((await errorOf(caller.wechat.startBinding({ origin: "https://zx.example.cn" }))).message).toBe("本系统未配置微信公众号，无法绑定微信");
    } finally {
      await bare.close();
    }
  }, 60_000);
});
