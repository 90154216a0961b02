import type { DbHandle } from "@cppcc/db";
import { drainDueJobs, scheduleDailyJobs, serverJobs } from "../jobs";
import { generateCityConsultations } from "./cityConsultations";
import { DemoClock } from "./clock";
import { generateDeliberations } from "./deliberations";
import { generateProposals } from "./proposals";
import { loadWorld } from "./world";

/**
 * The demo city's year up to `now`: the annual plan and its consultations, the session's
 * proposals through every step, the liaison's township deliberations with residents' topics,
 * all written by the API's own procedures and services as the office, the liaison, the handling
 * unit and the member would, on a clock stepped through the year's days. The same day gives the
 * same year (a seeded generator; only ids and residents' receipt digits differ). Then the jobs the
 * services left (and today's overdue scan) run, as the server would have run them.
 */
export async function generateDemoYear(db: DbHandle, councilId: string, now: Date): Promise<DemoYearTimings> {
  const clock = new DemoClock(now);
  const world = await loadWorld(db, councilId, clock);
  const timings: DemoYearTimings = {};
  const timed = async (phase: string, run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    timings[phase] = Math.round(performance.now() - started);
  };
  await timed("consultations", () => generateCityConsultations(world));
  await timed("deliberations", () => generateDeliberations(world));
  await timed("proposals", () => generateProposals(world));
  await timed("jobs", async () => {
    await scheduleDailyJobs(db.db, now);
    // Until nothing is left: a job may leave jobs of its own (the scan's overdue notices, a fan-out's deliveries).
    for (let pass = 0; pass < 10; pass++) if ((await drainDueJobs(db, serverJobs, { clock: { now: () => now } })).done === 0) break;
  });
  return timings;
}

/** Milliseconds each part of the year took to write: startup time matters, so it is reported. */
export type DemoYearTimings = Record<string, number>;
