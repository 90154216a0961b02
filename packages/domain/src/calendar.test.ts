import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, endOfShanghaiDay, isPastDay, shanghaiDate } from "./calendar";

describe("Shanghai calendar", () => {
  it("dates an instant by Shanghai's wall clock, not UTC's", () => {
    expect(shanghaiDate(new Date("2024-03-14T16:00:00Z"))).toBe("2024-03-15");
    expect(shanghaiDate(new Date("2024-03-14T15:59:59Z"))).toBe("2024-03-14");
  });

  it("adds months keeping the day, or the month's last day when it has none", () => {
    expect(addMonths("2024-03-15", 3)).toBe("2024-06-15");
    expect(addMonths("2024-11-30", 3)).toBe("2025-02-28");
    expect(addMonths("2023-11-30", 3)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-10-31", 2)).toBe("2024-12-31");
  });

  it("adds days across months and years", () => {
    expect(addDays("2024-03-15", 10)).toBe("2024-03-25");
    expect(addDays("2024-12-25", 10)).toBe("2025-01-04");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("ends a day at Shanghai midnight, and a deadline day itself is still in time", () => {
    expect(endOfShanghaiDay("2024-03-25").toISOString()).toBe("2024-03-25T16:00:00.000Z");
    expect(isPastDay("2024-03-25", new Date("2024-03-25T15:59:59Z"))).toBe(false);
    expect(isPastDay("2024-03-25", new Date("2024-03-25T16:00:00Z"))).toBe(true);
  });

  it("counts back what it added", () => {
    const date = fc.date({ min: new Date("2000-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }).map(shanghaiDate);
    fc.assert(
      fc.property(date, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 24 }), (d, n) => {
        const later = addMonths(d, n);
        expect(later >= d).toBe(true);
        expect(Number(later.slice(8))).toBeLessThanOrEqual(Number(d.slice(8)));
      }),
    );
  });

  it("refuses a malformed date rather than guessing", () => {
    expect(() => addDays("2024/03/15", 1)).toThrow("日期格式应为 YYYY-MM-DD");
  });
});
