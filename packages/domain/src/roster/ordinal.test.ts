import { describe, expect, it } from "vitest";
import { chineseNumber, chineseOrdinal } from "./ordinal";

describe("chineseNumber", () => {
  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [13, "十三"],
    [20, "二十"],
    [25, "二十五"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [1005, "一千零五"],
    [2024, "二千零二十四"],
  ])("%i → %s", (n, text) => expect(chineseNumber(n)).toBe(text));

  it("refuses what no term or group number can be", () => {
    expect(() => chineseNumber(-1)).toThrow(RangeError);
    expect(() => chineseNumber(1.5)).toThrow(RangeError);
  });

  it("writes the ordinal used in names", () => {
    expect(chineseOrdinal(13)).toBe("第十三");
    expect(chineseOrdinal(2)).toBe("第二");
  });
});
