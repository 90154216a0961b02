import { describe, expect, it } from "vitest";
import { addDays, daysBetween, periodOf, quarterLabel, quarterOf, yearOf } from "./dates";

describe("dates", () => {
  it("finds the quarter and year of a date", () => {
    expect([quarterOf("2024-01-01"), quarterOf("2024-03-31"), quarterOf("2024-04-01"), quarterOf("2024-12-31")]).toEqual([1, 1, 2, 4]);
    expect(yearOf("2024-06-30")).toBe(2024);
  });

  it("gives the first and last day of a quarter, leap years included", () => {
    expect(periodOf(2024, 1)).toEqual({ start: "2024-01-01", end: "2024-03-31" });
    expect(periodOf(2024, 2)).toEqual({ start: "2024-04-01", end: "2024-06-30" });
    expect(periodOf(2023, 3)).toEqual({ start: "2023-07-01", end: "2023-09-30" });
    expect(periodOf(2024, 4)).toEqual({ start: "2024-10-01", end: "2024-12-31" });
    expect(periodOf(2024, null)).toEqual({ start: "2024-01-01", end: "2024-12-31" });
  });

  it("adds and counts days across month ends", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(daysBetween("2024-01-01", "2024-03-01")).toBe(60);
    expect(daysBetween("2024-03-01", "2024-01-01")).toBe(-60);
  });

  it("labels quarters in Chinese", () => {
    expect(quarterLabel(3)).toBe("第三季度");
    expect(quarterLabel(null)).toBe("全年");
  });
});
