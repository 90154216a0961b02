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

  it("reads a complete one, with the provider's endpoint by default", () => {
    const config = loadConfig({
      SMS_ACCESS_KEY_ID: "key",
      SMS_ACCESS_KEY_SECRET: "secret",
      SMS_SIGN_NAME: "平湖政协",
      SMS_TEMPLATE_LOGIN_CODE: "SMS_1",
      SMS_TEMPLATE_NOTICE: "SMS_2",
      SMS_TEMPLATE_DIGEST: "SMS_3",
    });
    expect(smsConfigOf(config)).toEqual({
      accessKeyId: "key",
      accessKeySecret: "secret",
      signName: "平湖政协",
      templates: { loginCode: "SMS_1", notice: "SMS_2", digest: "SMS_3" },
      endpoint: "dysmsapi.aliyuncs.com",
      protocol: "https",
    });
  });
});
