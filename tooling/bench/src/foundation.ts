// The first benchmark: /healthz and auth.me on the app server (Fastify + tRPC + drizzle), against
// a bare node:http baseline sending the same SQL through the same driver, measured in the same
// run on the same database. The ratio is the cost of the layers; the absolute figures are the
// machine's.
import { loadavg } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { DbKind } from "@cppcc/db";
import { startBaseline } from "./baseline/start";
import type { SessionQuery } from "./baseline/spec";
import { printFoundationReport, type Measurement, type Side } from "./foundation-report";
import { startAppServer } from "./lib/app-server";
import type { Child } from "./lib/child";
import { runLoad } from "./lib/load";
import { freePort } from "./lib/net";
import { rssMib } from "./lib/proc";
import { captureSessionQuery } from "./lib/session-sql";
import { openTarget } from "./lib/target";
import { loginAsAdmin, readMe } from "./lib/trpc-client";
import { onEveryKind, type BenchOptions } from "./options";

const routes = [
  { route: "/healthz", path: "/healthz", withCookie: false },
  { route: "auth.me", path: "/trpc/auth.me", withCookie: true },
] as const;

/** Runs on each database kind asked for; false when any request failed (the figures are then void). */
export async function foundation(options: BenchOptions): Promise<boolean> {
  const session = await captureSessionQuery();
  return onEveryKind(options, (kind) => foundationOn(kind, session, options));
}

async function foundationOn(kind: DbKind, session: SessionQuery, options: BenchOptions): Promise<boolean> {
  console.info(`\nfoundation on ${kind}: ${options.durationSec} s per route after ${options.warmupSec} s warm-up, ${options.connections} connections`);
  // Other work on the machine skews both sides, and not equally: say how busy it was.
  const busyBefore = loadavg()[0] ?? 0;
  const target = await openTarget(kind, options.postgresUrl);
  try {
    // One server at a time: on two cores the load generator needs the other one.
    const serverPort = await freePort();
    const server = await startAppServer({
      port: serverPort,
      databaseUrl: target.databaseUrl,
      dataDir: target.dataDir,
      logLevel: options.serverLogLevel,
      logFile: join(target.workDir, "server.log"),
    });
    const serverSide = await measureSide("server", server.child, `http://127.0.0.1:${serverPort}`, async (base) => {
      const cookie = await loginAsAdmin(base);
      return { cookie, me: await readMe(base, cookie) };
    }, options);

    const port = await freePort();
    const baseline = await startBaseline(
      { port, databaseUrl: target.databaseUrl, dataDir: target.dataDir, session },
      join(target.workDir, "baseline.log"),
    );
    const baselineSide = await measureSide("baseline", baseline, `http://127.0.0.1:${port}`, async (base) => {
      // The server's session, so the baseline looks up the very same row.
      const me = await readMe(base, serverSide.cookie);
      if (!isDeepStrictEqual(me, serverSide.me)) console.warn("  note: the baseline's auth.me answer differs from the server's");
      return { cookie: serverSide.cookie, me };
    }, options);

    const measurements = [...serverSide.measurements, ...baselineSide.measurements];
    printFoundationReport({ kind, serverFrom: server.from, busyBefore, options, measurements, rss: { server: serverSide.rss, baseline: baselineSide.rss } });
    return measurements.every((m) => m.result.failures === 0);
  } finally {
    await target.release();
  }
}

/** Checks the target answers correctly, then warms up and measures each route; stops it after. */
async function measureSide(
  side: Side,
  child: Child,
  base: string,
  prepare: (base: string) => Promise<{ cookie: string; me: unknown }>,
  options: BenchOptions,
) {
  try {
    const { cookie, me } = await prepare(base);
    const measurements: Measurement[] = [];
    for (const { route, path, withCookie } of routes) {
      const load = { url: `${base}${path}`, headers: withCookie ? { cookie } : undefined, connections: options.connections };
      if (options.warmupSec > 0) await runLoad({ ...load, durationSec: options.warmupSec }, child.pid);
      const result = await runLoad({ ...load, durationSec: options.durationSec }, child.pid);
      console.info(`  ${side.padEnd(8)} ${route.padEnd(8)} ${Math.round(result.requestsPerSec)} req/s`);
      measurements.push({ side, route, result });
    }
    return { cookie, me, measurements, rss: rssMib(child.pid) };
  } finally {
    await child.stop();
  }
}
