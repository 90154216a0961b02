import { describe, expect, it } from "vitest";
import { loadConfig, smsConfigOf, wechatConfigOf } from "../src/config";

describe("SMS configuration", () => {
  it("is off unless a key is given", () => {
    expect(smsConfigOf(loadConfig({}))).toBeNull();
  });

  it("names every setting still missing once a key is given", () => {
    expect(() => loadConfig({ SMS_ACCESS_KEY_ID: "key" })).toThrow(
      /SMS_ACCESS_KEY_SECRET: 已设置 SMS_ACCESS_KEY_ID，还须设置 SMS_ACCESS_KEY_SECRET[\s\S]*SMS_TEMPLATE_DIGEST/,
    );
  });

  const complete = {
    SMS_ACCESS_KEY_ID: "key",
    SMS_ACCESS_KEY_SECRET: "secret",
    SMS_SIGN_NAME: "平湖政协",
    SMS_TEMPLATE_LOGIN_CODE: "SMS_1",
    SMS_TEMPLATE_NOTICE: "SMS_2",
    SMS_TEMPLATE_DIGEST: "SMS_3",
  };
  it("reads a complete one, with the provider's endpoint by default", () => {
    const config = loadConfig(complete);
    expect(smsConfigOf(config)).toEqual({
      accessKeyId: "key",
      accessKeySecret: "secret",
      signName: "平湖政协",
      templates: { loginCode: "SMS_1", notice: "SMS_2", digest: "SMS_3", credential: null, topicDecided: null },
      endpoint: "dysmsapi.aliyuncs.com",
      protocol: "https",
    });
    // The credential template is optional: with it, bulk opening may text initial passwords.
    expect(smsConfigOf(loadConfig({ ...complete, SMS_TEMPLATE_CREDENTIAL: "SMS_4" }))?.templates.credential).toBe("SMS_4");
  });
});

describe("WeChat configuration", () => {
  it("is off unless an app id is given", () => {
    expect(wechatConfigOf(loadConfig({}))).toBeNull();
  });

  it("names what is still missing once an app id is given", () => {
    expect(() => loadConfig({ WECHAT_APP_ID: "wx1" })).toThrow(/WECHAT_APP_SECRET: 已设置 WECHAT_APP_ID，还须设置 WECHAT_APP_SECRET[\s\S]*WECHAT_TEMPLATE_ID/);
  });

  it("reads a complete one, with WeChat's own hosts by default", () => {
    expect(wechatConfigOf(loadConfig({ WECHAT_APP_ID: "wx1", WECHAT_APP_SECRET: "s", WECHAT_TEMPLATE_ID: "T1" }))).toEqual({
      appId: "wx1",
      appSecret: "s",
      templateId: "T1",
      apiBase: "https://api.weixin.qq.com",
      oauthBase: "https://open.weixin.qq.com",
    });
  });
});

describe("the resident's topic text", () => {
  it("is optional with SMS, and read when given", () => {
    const base = { SMS_ACCESS_KEY_ID: "k", SMS_ACCESS_KEY_SECRET: "s", SMS_SIGN_NAME: "x", SMS_TEMPLATE_LOGIN_CODE: "1", SMS_TEMPLATE_NOTICE: "2", SMS_TEMPLATE_DIGEST: "3" };
    expect(smsConfigOf(loadConfig(base))?.templates.topicDecided).toBeNull();
    expect(smsConfigOf(loadConfig({ ...base, SMS_TEMPLATE_TOPIC_DECIDED: "4" }))?.templates.topicDecided).toBe("4");
  });
});
