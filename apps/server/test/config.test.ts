import { describe, expect, it } from "vitest";
import { loadConfig, smsConfigOf } from "../src/config";

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
      templates: { loginCode: "SMS_1", notice: "SMS_2", digest: "SMS_3", credential: null },
      endpoint: "dysmsapi.aliyuncs.com",
      protocol: "https",
    });
    // The credential template is optional: with it, bulk opening may text initial passwords.
    expect(smsConfigOf(loadConfig({ ...complete, SMS_TEMPLATE_CREDENTIAL: "SMS_4" }))?.templates.credential).toBe("SMS_4");
  });
});
