import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMobilePhone, maskPhone, mobilePhone, normalisePhone } from "./phone";

describe("phone", () => {
  it("masks the middle four digits", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskPhone("123")).toBe("****");
  });

  it("accepts mainland mobiles and strips what people paste around them", () => {
    expect(isMobilePhone("13812341234")).toBe(true);
    expect(isMobilePhone("19912341234")).toBe(true);
    expect(normalisePhone("+86 138-1234-1234")).toBe("13812341234");
    expect(mobilePhone.parse(" 138 1234 1234 ")).toBe("13812341234");
  });

  it.each(["12812341234", "1381234123", "138123412345", "0573-85012345", "1381234123a", ""])("refuses %s", (p) => {
    expect(isMobilePhone(p)).toBe(false);
    expect(mobilePhone.safeParse(p).success).toBe(false);
  });

  it("tells the person the expected form", () => {
    expect(mobilePhone.safeParse("12345").error?.issues[0]?.message).toMatch(/11 位中国大陆手机号/);
    expect(mobilePhone.safeParse(undefined).error?.issues[0]?.message).toBe("请填写手机号码");
  });

  it("never shows the middle digits of a valid number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/), (second, rest) => {
        const phone = `1${second}${rest}`;
        const masked = maskPhone(phone);
        expect(masked).toHaveLength(11);
        expect(masked.slice(3, 7)).toBe("****");
        expect(masked.slice(0, 3) + phone.slice(3, 7) + masked.slice(7)).toBe(phone);
      }),
    );
  });
});
