import { describe, expect, it } from "vitest";
import { percentText, rate } from "./rates";

describe("rate", () => {
  it("divides part by whole", () => {
    expect(rate(931, 1005)).toBeCloseTo(0.9264, 4);
    expect(rate(0, 4)).toBe(0);
  });
  it("is no rate when the whole is empty", () => {
    expect(rate(0, 0)).toBeNull();
  });
});

describe("percentText", () => {
  it("prints one decimal, as reports do", () => {
    expect(percentText(671 / 931)).toBe("72.1 %");
    expect(percentText(1)).toBe("100.0 %");
    expect(percentText(0)).toBe("0.0 %");
  });
  it("prints a dash for no rate", () => {
    expect(percentText(null)).toBe("—");
  });
});
