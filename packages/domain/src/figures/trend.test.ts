import { describe, expect, it } from "vitest";
import { monthlyCounts } from "./trend";

describe("monthlyCounts", () => {
  it("fills the months without rows with 0", () => {
    expect(monthlyCounts([{ month: 3, n: 2 }, { month: 12, n: 1 }])).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
  it("adds rows of the same month", () => {
    expect(monthlyCounts([{ month: 1, n: 2 }, { month: 1, n: 3 }])[0]).toBe(5);
  });
  it("refuses a month outside the year", () => {
    expect(() => monthlyCounts([{ month: 13, n: 1 }])).toThrow(RangeError);
  });
});
