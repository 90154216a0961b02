import { describe, expect, it } from "vitest";
import { checkInPinInput, checkInPinRetryMessage, normaliseCheckInPin } from "./checkInPin";

describe("typed check-in code", () => {
  it("takes six digits however they were typed", () => {
    expect(checkInPinInput.parse("482913")).toBe("482913");
    expect(checkInPinInput.parse(" 482 913 ")).toBe("482913");
    expect(checkInPinInput.parse("482-913")).toBe("482913");
    expect(checkInPinInput.parse("４８２９１３")).toBe("482913");
    expect(normaliseCheckInPin("０1２3")).toBe("0123");
  });

  it("refuses anything else with a message an older member can act on", () => {
    for (const bad of ["48291", "4829134", "48291a", "", "Q2hlY2staW4tdG9rZW4tZm9yLXRlc3Rz"]) {
      expect(checkInPinInput.safeParse(bad).error?.issues[0]?.message).toBe("签到码是 6 位数字，请对照会场屏幕重新输入");
    }
    expect(checkInPinInput.safeParse(482913).error?.issues[0]?.message).toBe("请输入 6 位数字签到码");
  });

  it("says in minutes when to try again", () => {
    expect(checkInPinRetryMessage(1)).toBe("签到码输错次数过多，请 1 分钟后再试，或请会务人员帮您登记");
    expect(checkInPinRetryMessage(601)).toBe("签到码输错次数过多，请 11 分钟后再试，或请会务人员帮您登记");
  });
});
