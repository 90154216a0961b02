import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, endOfShanghaiDay, isPastDay, shanghaiDate, shanghaiWeek } from "./calendar";

describe("Shanghai calendar", () => {
  it("takes the week from Monday to Sunday in Shanghai, across a month's and a year's end", () => {
    // Wednesday 4 December 2024, 10:00 in Shanghai.
    expect(shanghaiWeek(new Date("2024-12-04T02:00:00Z"))).toEqual({ from: "2024-12-02", to: "2024-12-08" });
    // Sunday 5 January 2025 23:30 in Shanghai (still Sunday in UTC) is the week before Monday's.
    expect(shanghaiWeek(new Date("2025-01-05T15:30:00Z"))).toEqual({ from: "2024-12-30", to: "2025-01-05" });
    // Sunday 16:30 UTC is already Monday 6 January in Shanghai: a new week.
    expect(shanghaiWeek(new Date("2025-01-05T16:30:00Z"))).toEqual({ from: "2025-01-06", to: "2025-01-12" });
  });

  it("holds the instant's own Shanghai date in its week, whatever the day", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), (d) => {
        const { from, to } = shanghaiWeek(d);
        const today = shanghaiDate(d);
        expect(daysBetween(from, to)).toBe(6);
        expect(from <= today && today <= to).toBe(true);
        expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
      }),
    );
  });

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
