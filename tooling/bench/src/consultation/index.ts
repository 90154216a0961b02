// The public topic page under a flood (issue 4, "Checked from outside"): residents submit topics
// from many addresses, each within the limit, while one address floods the same procedure at
// full speed. The flood must get 429, and the residents' throughput with the flood must stay
// within 20 % of theirs without it, measured in the same run. Phases alternate A (residents
// alone) and B (residents and the flood): A B A B A B A. On a shared two-core machine the
// throughput drifts by more than the effect within a minute, so each B is compared with the A
// on either side of it, and the pooled ratio is the figure.
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { DbKind } from "@cppcc/db";
import { startAppServer } from "../lib/app-server";
import { cpuSeconds } from "../lib/proc";
import { freePort } from "../lib/net";
import { openTarget } from "../lib/target";
import { loginAsAdmin } from "../lib/trpc-client";
import { bounded, type BenchOptions } from "../options";
import { floodAddress, ResidentAddresses, runFlood, runResidents, submitOnce } from "./clients";
import { pgliteLimitTable, PostgresWatch, type LimitTable } from "./db-watch";
import { printFloodReport, type Phase, type TrimCheck } from "./report";
import { topicTexts } from "./texts";

/** Topics per resident address: within the server's 5 per 15 minutes (rateLimit.ts), so no resident is refused. */
const perAddress = 3;

type FloodOptions = { durationSec: number; floodConnections: number; rounds: number };

/**
 * Seconds per phase: BENCH_DURATION when set, else 15. The flood's connections: BENCH_FLOOD_CONNECTIONS,
 * else as many as the residents'. BENCH_FLOOD_ROUNDS flooded phases (3), each between two unloaded ones.
 */
export function readFloodOptions(options: BenchOptions, env = process.env): FloodOptions {
  return {
    durationSec: env.BENCH_DURATION ? options.durationSec : 15,
    floodConnections: bounded(env.BENCH_FLOOD_CONNECTIONS, options.connections, 1, 200, "BENCH_FLOOD_CONNECTIONS"),
    rounds: bounded(env.BENCH_FLOOD_ROUNDS, 3, 1, 10, "BENCH_FLOOD_ROUNDS"),
  };
}

/** Runs on each database asked for, Postgres first; false when a resident was refused or anything failed. */
export async function publicTopicFlood(options: BenchOptions): Promise<boolean> {
  const flood = readFloodOptions(options);
  let clean = true;
  for (const kind of [...options.kinds].sort((x, y) => Number(y === "postgres") - Number(x === "postgres"))) clean = (await floodOn(kind, options, flood)) && clean;
  return clean;
}

async function floodOn(kind: DbKind, options: BenchOptions, flood: FloodOptions): Promise<boolean> {
  const { durationSec, floodConnections, rounds } = flood;
  const residentConnections = options.connections;
  console.info(
    `\npublic topic flood on ${kind}: A (residents alone) and B (residents + flood) alternating, ${2 * rounds + 1} phases × ${durationSec} s after ${options.warmupSec} s warm-up; ` +
      `residents: ${residentConnections} connections, a new address every ${perAddress} topics; flood: ${floodConnections} connections from ${floodAddress}`,
  );
  const target = await openTarget(kind, options.postgresUrl);
  const watch = target.databaseUrl ? new PostgresWatch(target.databaseUrl) : undefined;
  let server: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    const port = await freePort();
    server = await withEnv({ TRUST_PROXY: "1" }, () =>
      startAppServer({ port, databaseUrl: target.databaseUrl, dataDir: target.dataDir, logLevel: options.serverLogLevel, logFile: join(target.workDir, "server.log") }),
    );
    const { child } = server;
    const pid = child.pid;
    const base = `http://127.0.0.1:${port}`;
    const townshipIds = await townshipsOf(base);
    console.info(`  server: ${server.from}, TRUST_PROXY=1; ${townshipIds.length} townships of the demo city`);

    const tag = randomBytes(3).toString("hex");
    const residentText = topicTexts(`${tag}r`);
    const floodText = topicTexts(`${tag}f`);
    const addresses = new ResidentAddresses(perAddress);
    const site = { port, townshipIds };

    // One topic by hand first: a wrong path or input should fail loudly, not as 20 s of failures.
    const first = await submitOnce(port, addresses.take(), { townshipId: townshipIds[0]!, ...residentText() });
    if (first !== 200) throw new Error(`a resident's first topic got HTTP ${first}; see ${child.logFile}`);
    if (options.warmupSec > 0) await runResidents(site, residentConnections, Date.now() + options.warmupSec * 1000, addresses, residentText);

    const phase = async (label: string, withFlood: boolean, seconds = durationSec, residentsToo = true): Promise<Phase> => {
      const loadAverage = loadavg()[0] ?? 0;
      const deadline = Date.now() + seconds * 1000;
      const cpuBefore = process.cpuUsage();
      const serverBefore = cpuSeconds(pid);
      const started = performance.now();
      const stopWatch = watch?.watchPool();
      const [residents, floodTally] = await Promise.all([
        runResidents(site, residentsToo ? residentConnections : 0, deadline, addresses, residentText),
        withFlood ? runFlood(site, floodConnections, deadline, floodText) : Promise.resolve(undefined),
      ]);
      const pool = await stopWatch?.();
      const wall = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const serverAfter = cpuSeconds(pid);
      const serverCpuSec = serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore;
      const result: Phase = {
        label,
        residents,
        flood: floodTally,
        serverCpuSec,
        serverCpu: serverCpuSec === undefined ? undefined : serverCpuSec / wall,
        generatorCpu: (cpu.user + cpu.system) / 1e6 / wall,
        pool,
        loadAverage,
      };
      const notes = [
        residentsToo ? `residents ${(residents.accepted / residents.seconds).toFixed(1)} topics/s` : "",
        floodTally ? `flood ${Math.round(floodTally.sent / floodTally.seconds)} req/s, ${floodTally.limited} × 429` : "",
      ];
      console.info(`  ${label.padEnd(11)} ${notes.filter(Boolean).join("; ")}`);
      return result;
    };
    const phases = [await phase("A1", false)];
    for (let round = 1; round <= rounds; round++) phases.push(await phase(`B${round} + flood`, true), await phase(`A${round + 1}`, false));
    // What a refusal costs, measured directly: the flood with nobody else, briefly.
    const floodAlone = await phase("flood alone", true, Math.min(durationSec, 10), false);

    let table: LimitTable;
    let trim: TrimCheck | undefined;
    if (watch) {
      table = await watch.limitTable(floodAddress);
      // Does the table shrink once its rows are out of the window? Age them all, then let the
      // flood's address and a new one submit once each.
      await watch.ageSlots();
      const floodStatus = await submitOnce(port, floodAddress, { townshipId: townshipIds[0]!, ...floodText() });
      const freshStatus = await submitOnce(port, addresses.take(), { townshipId: townshipIds[0]!, ...residentText() });
      trim = { before: table, aged: await watch.limitTable(floodAddress), floodStatus, freshStatus };
      await child.stop();
    } else {
      await child.stop();
      table = await pgliteLimitTable(target.dataDir, floodAddress);
    }

    return printFloodReport({
      kind,
      floodConnections,
      floodIp: floodAddress,
      addressesUsed: addresses.used,
      phases,
      floodAlone,
      table,
      trim,
    });
  } finally {
    // Before the database goes (stopping twice is harmless).
    await server?.child.stop();
    await watch?.close();
    await target.release();
  }
}

/** The demo city's townships, as the admin's forms get them (roster.lookups). */
async function townshipsOf(base: string): Promise<string[]> {
  const cookie = await loginAsAdmin(base);
  const res = await fetch(`${base}/trpc/roster.lookups`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  const body = (await res.json()) as { result?: { data?: { json?: { townships?: { id: string }[] } } } };
  const ids = body.result?.data?.json?.townships?.map((t) => t.id) ?? [];
  if (!res.ok || ids.length === 0) throw new Error(`roster.lookups gave no townships: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return ids;
}

/** Sets variables for the server about to be spawned (startAppServer passes process.env on), and puts them back. */
async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
