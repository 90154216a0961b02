import { describe, expect, it } from "vitest";
import { defaultReportYear } from "./reportYear";

describe("defaultReportYear", () => {
  it("is this year from 1 December in Shanghai, else last year", () => {
    expect(defaultReportYear(new Date("2025-11-30T15:59:00Z"))).toBe(2024);
    expect(defaultReportYear(new Date("2025-11-30T16:00:00Z"))).toBe(2025);
    expect(defaultReportYear(new Date("2025-12-31T15:59:00Z"))).toBe(2025);
    expect(defaultReportYear(new Date("2025-12-31T16:00:00Z"))).toBe(2025);
    expect(defaultReportYear(new Date("2026-06-01T00:00:00Z"))).toBe(2025);
  });
});
