import { describe, expect, it } from "vitest";
import { isFinalSmsRefusal } from "./deliveryPolicy";
import { requestSmsCodeInput, smsCodeRefusal, smsCodeThrottle, smsLoginInput } from "./smsLogin";

const now = new Date("2026-03-01T08:00:00Z");

describe("smsCodeRefusal", () => {
  it("lets the first request of the day through", () => {
    expect(smsCodeRefusal({ lastForPhone: null, phoneToday: 0, addressToday: 0 }, now)).toBeNull();
  });
  it("asks a phone to wait out the minute since its last code", () => {
    const r = smsCodeRefusal({ lastForPhone: new Date(now.getTime() - 20_000), phoneToday: 1, addressToday: 1 }, now);
    expect(r).toEqual({ message: "验证码已发送，请 40 秒后再获取", retryAfterSeconds: 40 });
    expect(smsCodeRefusal({ lastForPhone: new Date(now.getTime() - 60_000), phoneToday: 1, addressToday: 1 }, now)).toBeNull();
  });
  it("stops a phone and an address at their daily allowance", () => {
    const old = new Date(now.getTime() - 3_600_000);
    expect(smsCodeRefusal({ lastForPhone: old, phoneToday: smsCodeThrottle.perPhonePerDay - 1, addressToday: 0 }, now)).toBeNull();
    expect(smsCodeRefusal({ lastForPhone: old, phoneToday: smsCodeThrottle.perPhonePerDay, addressToday: 0 }, now)?.message).toMatch(/上限/);
    expect(smsCodeRefusal({ lastForPhone: null, phoneToday: 0, addressToday: smsCodeThrottle.perAddressPerDay }, now)?.message).toMatch(/上限/);
  });
});

describe("inputs", () => {
  it("normalises a pasted phone and checks the code's shape", () => {
    expect(requestSmsCodeInput.parse({ phone: "+86 138-1234-5678" }).phone).toBe("13812345678");
    expect(smsLoginInput.safeParse({ phone: "13812345678", code: "12345" }).error?.issues[0]?.message).toBe("验证码为 6 位数字");
  });
});

describe("isFinalSmsRefusal", () => {
  it("refuses for good on the business's faults, retries the provider's", () => {
    expect(isFinalSmsRefusal("isv.BUSINESS_LIMIT_CONTROL")).toBe(true);
    expect(isFinalSmsRefusal("isv.MOBILE_NUMBER_ILLEGAL")).toBe(true);
    expect(isFinalSmsRefusal("isp.SYSTEM_ERROR")).toBe(false);
    expect(isFinalSmsRefusal("Throttling.User")).toBe(false);
  });
});
