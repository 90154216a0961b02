/** A job that failed this many times is left alone for a person to look at (its last error is kept). */
export const maxJobAttempts = 5;

const firstDelayMs = 30_000;
const longestDelayMs = 6 * 60 * 60 * 1000;

/** How long to wait after the n-th failure: 30 s, 2 min, 8 min, … (×4 each time), never more than 6 h. */
export function retryDelayMs(failures: number): number {
  return Math.min(firstDelayMs * 4 ** Math.max(0, failures - 1), longestDelayMs);
}

export type AfterFailure = { gaveUp: true } | { gaveUp: false; runAt: Date };

/** What becomes of a job after its `attempts`-th failed run at `now`: tried again later, or given up. */
export function afterFailure(attempts: number, now: Date): AfterFailure {
  if (attempts >= maxJobAttempts) return { gaveUp: true };
  return { gaveUp: false, runAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
