// A check-in click at a meeting of 10 invitations and at one of 1,000 (issue 10, "Checked from
// outside"): the target is that they cost the same, p50 within 1.3×. Before issue 10 every click
// recomputed the whole meeting's duty events, so its cost grew with the invitation list.
import { loadavg } from "node:os";
import { join } from "node:path";
import type { DbKind } from "@cppcc/db";
import { startAppServer } from "../lib/app-server";
import { freePort } from "../lib/net";
import { openTarget } from "../lib/target";
import { loginAs, loginAsAdmin, mutate } from "../lib/trpc-client";
import { bounded, onEveryKind, type BenchOptions } from "../options";
import { openMeeting, type OpenMeeting } from "./meeting";
import { prepareDatabase } from "./prepare";
import { printCheckInReport, type Clicks } from "./report";

/** The small meeting's invitations, and the members who click in both meetings of a round. */
const smallMeeting = 10;

export type CheckInOptions = { rounds: number; invited: number };

/** BENCH_CHECKIN_ROUNDS (30) rounds of one small and one large meeting; BENCH_CHECKIN_INVITED (1000) invitations in the large one. */
export function readCheckInOptions(env = process.env): CheckInOptions {
  return {
    rounds: bounded(env.BENCH_CHECKIN_ROUNDS, 30, 1, 500, "BENCH_CHECKIN_ROUNDS"),
    invited: bounded(env.BENCH_CHECKIN_INVITED, 1000, 400, 20_000, "BENCH_CHECKIN_INVITED"),
  };
}

/** Runs on each database asked for; false when a click failed or was not a first check-in. */
export async function checkInScale(options: BenchOptions): Promise<boolean> {
  const checkIn = readCheckInOptions();
  return onEveryKind(options, (kind) => checkInOn(kind, options, checkIn));
}

async function checkInOn(kind: DbKind, options: BenchOptions, checkIn: CheckInOptions): Promise<boolean> {
  console.info(`\ncheck-in scale on ${kind}: ${checkIn.rounds} rounds, each a meeting of ${smallMeeting} and one of ${checkIn.invited} invitations…`);
  const target = await openTarget(kind, options.postgresUrl);
  let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    const prepared = await prepareDatabase(target, checkIn.invited, smallMeeting);
    const port = await freePort();
    server = await startAppServer({ port, databaseUrl: target.databaseUrl, dataDir: target.dataDir, logLevel: options.serverLogLevel, logFile: join(target.workDir, "server.log") });
    const base = `http://127.0.0.1:${port}`;
    const site = { base, admin: await loginAsAdmin(base), committeeId: prepared.committeeId };
    const members = await Promise.all(prepared.clickers.map(async (c) => ({ ...c, cookie: await loginAs(base, c.username) })));
    const memberIds = members.map((m) => m.memberId);

    const busyBefore = loadavg()[0] ?? 0;
    const clicks: Clicks = { small: [], large: [], refused: [] };
    // Round 0 warms the server up (JIT, connection pool, plan caches) and is not counted.
    for (let round = 0; round <= checkIn.rounds; round++) {
      const small = await openMeeting(site, `小型协商会第${round}轮`, { memberIds });
      const large = await openMeeting(site, `大型协商会第${round}轮`, { everyone: true });
      if (small.invited !== smallMeeting || large.invited !== checkIn.invited) {
        throw new Error(`round ${round}: invited ${small.invited} and ${large.invited}, expected ${smallMeeting} and ${checkIn.invited}`);
      }
      const smallRound: number[] = [];
      const largeRound: number[] = [];
      for (const [i, m] of members.entries()) {
        // Each member clicks in both meetings back to back, the two taking turns at going first,
        // so a machine growing busier weighs on both sides alike.
        const order: [OpenMeeting, number[]][] = (round + i) % 2 === 0 ? [[small, smallRound], [large, largeRound]] : [[large, largeRound], [small, smallRound]];
        for (const [meeting, into] of order) {
          const started = performance.now();
          const answer = await mutate<{ alreadyCheckedIn: boolean }>(base, "consultation.checkIn.scan", { token: meeting.token }, m.cookie);
          const ms = performance.now() - started;
          if (answer.alreadyCheckedIn) clicks.refused.push(`${m.username} at ${meeting.id}: already checked in`);
          into.push(ms);
        }
      }
      if (round > 0) {
        clicks.small.push(smallRound);
        clicks.large.push(largeRound);
      }
    }
    const busyAfter = loadavg()[0] ?? 0;
    return printCheckInReport({ kind, serverFrom: server.from, councilMembers: prepared.councilMembers, smallMeeting, checkIn, clicks, busyBefore, busyAfter });
  } finally {
    await server?.child.stop();
    await target.release();
  }
}
