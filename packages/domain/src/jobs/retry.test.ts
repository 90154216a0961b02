import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterFailure, maxJobAttempts, retryDelayMs } from "./retry";

describe("job retries", () => {
  it("wait 30 s × 4^(n-1) after the n-th failure", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 120_000, 480_000, 1_920_000]);
  });

  it("never wait more than 6 hours, and always longer after another failure until then", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        expect(retryDelayMs(n)).toBeLessThanOrEqual(6 * 3600_000);
        expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
      }),
    );
    expect(retryDelayMs(9)).toBe(6 * 3600_000);
  });

  it("run again after the delay until the fifth failure, then give up", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(afterFailure(1, now)).toEqual({ gaveUp: false, runAt: new Date("2026-12-01T00:00:30Z") });
    expect(afterFailure(maxJobAttempts - 1, now)).toEqual({ gaveUp: false, runAt: new Date(now.getTime() + 1_920_000) });
    expect(afterFailure(maxJobAttempts, now)).toEqual({ gaveUp: true });
    expect(maxJobAttempts).toBe(5);
  });
});
