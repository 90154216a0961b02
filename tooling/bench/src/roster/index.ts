// Roster at national scale: the member list and name search of one city (the demo's 300
// members) against the same requests in the same city once ~650,000 members in ~3,000 councils
// surround it, measured in the same run. The ratio national ÷ city is the figure; the absolute
// ones are the machine's.
import { loadavg } from "node:os";
import { join } from "node:path";
import { startAppServer } from "../lib/app-server";
import type { Child } from "../lib/child";
import type { LoadResult } from "../lib/load";
import { pooled, runSamples, type Samples } from "../lib/samples";
import { cloneDatabase } from "../lib/scale-db";
import { freePort } from "../lib/net";
import { rssMib } from "../lib/proc";
import { openTarget } from "../lib/target";
import { bounded, type BenchOptions } from "../options";
import { addAdmin, councilOfAccount, countMembers, vacuumAnalyze } from "./databases";
import { captureListSql, explainAll, medianSqlMs, type Plan } from "./explain";
import { generateNationalRoster, type Scale } from "./generate";
import { chooseQueries, fetchPage, login, type ListQuery } from "./queries";
import { printRosterReport } from "./report";
import { readTableStats, rssSampler, statsDelta, statsSettled, type TableStats } from "./stats";

export type SideName = "city" | "national" | "generated county";

/** One server on one database, measured on one council's queries. */
export type Side = {
  name: SideName;
  child: Child;
  base: string;
  databaseUrl: string;
  cookie: string;
  council: string;
  councilMembers: number;
  /** Members in the whole member table. */
  tableMembers: number;
  queries: ListQuery[];
};

export type Measured = Side & {
  results: LoadResult[];
  /** The raw runs, per query and round (round r of every side ran back to back). */
  runs: Samples[][];
  /** Server RSS in MiB while measured. */
  rss: { start: number; peak: number; end: number };
  stats: TableStats;
  /** Every request sent, warm-up included (the table statistics count those too). */
  requests: number;
  plans: Plan[][];
  /** Median planning + execution time of the member statement in Postgres, per query. */
  dbP50: number[];
};

export type RosterOptions = Scale & { rounds: number };

export function readRosterOptions(env = process.env): RosterOptions {
  return {
    councils: bounded(env.BENCH_ROSTER_COUNCILS, 3000, 10, 10_000, "BENCH_ROSTER_COUNCILS"),
    members: bounded(env.BENCH_ROSTER_MEMBERS, 650_000, 2_000, 3_000_000, "BENCH_ROSTER_MEMBERS"),
    rounds: bounded(env.BENCH_ROSTER_ROUNDS, 20, 1, 60, "BENCH_ROSTER_ROUNDS"),
  };
}

/**
 * The demo city is seeded into one database and copied (same rows, same ids, same session)
 * into a second, where the national roster is generated around it. One server runs on each for
 * the whole run; only one is under load at any moment. Each query is measured in rounds that
 * alternate the two, so a machine that gets busier or quieter during the run weighs on both
 * sides alike. Postgres only: a national roster in PGlite's WebAssembly heap is not a deployment.
 */
export async function rosterScale(options: BenchOptions): Promise<boolean> {
  const roster = readRosterOptions();
  if (!options.kinds.includes("postgres")) console.info("\nroster scale runs on Postgres only, not PGlite");
  const perRound = options.durationSec / roster.rounds;
  console.info(
    `\nroster scale on PostgreSQL: ${roster.members.toLocaleString("en-US")} members in ${roster.councils.toLocaleString("en-US")} councils around the demo city; ` +
      `per query and side ${roster.rounds} rounds × ${perRound.toFixed(1)} s after ${options.warmupSec} s warm-up, ${options.connections} connections`,
  );
  const busyBefore = loadavg()[0] ?? 0;
  const cityDb = await openTarget("postgres", options.postgresUrl);
  const servers: Child[] = [];
  let nationalDb: { release: () => Promise<void> } | undefined;
  try {
    const cityUrl = cityDb.databaseUrl!;
    const start = async (databaseUrl: string, log: string) => {
      const port = await freePort();
      const server = await startAppServer({ port, databaseUrl, dataDir: cityDb.dataDir, logLevel: options.serverLogLevel, logFile: join(cityDb.workDir, log) });
      servers.push(server.child);
      return { ...server, base: `http://127.0.0.1:${port}` };
    };

    // Seed the city, sign in once, then copy the database while nothing is connected to it.
    const seeding = await start(cityUrl, "seed.log");
    const cookie = await login(seeding.base, "admin");
    await seeding.child.stop();
    await vacuumAnalyze(cityUrl);
    const clone = await cloneDatabase(options.postgresUrl, cityUrl);
    nationalDb = clone;
    const nationalUrl = clone.databaseUrl;

    const cityServer = await start(cityUrl, "city-server.log");
    const nationalServer = await start(nationalUrl, "national-server.log");
    const city = await councilOfAccount(cityUrl, "admin");
    const queries = await chooseQueries(cityUrl, city.id, cityServer.base, cookie);
    console.info(`  city: ${city.name}, ${city.members} members; ${queries.length} queries chosen from its data`);
    const cityAnswers = await answers(cityServer.base, cookie, queries);
    if ((await answers(nationalServer.base, cookie, queries)).some((a, i) => a !== cityAnswers[i])) {
      throw new Error("the two databases answer differently before anything was generated");
    }
    const nationalRssAtStart = rssMib(nationalServer.child.pid)?.now ?? Number.NaN;
    const cityRssAtStart = rssMib(cityServer.child.pid)?.now ?? Number.NaN;

    console.info("  generating the national roster in the second database (both servers up, idle)…");
    const idle = rssSampler(nationalServer.child.pid);
    const generated = await generateNationalRoster(nationalUrl, { councilId: city.id }, roster, (line) => console.info(`    ${line}`));
    const nationalRssAfterGeneration = idle.stop().end;
    console.info(`  generated in ${generated.seconds.toFixed(0)} s`);
    // The city's rows were not touched, so every answer must be byte for byte the same.
    const after = await answers(nationalServer.base, cookie, queries);
    const changedAnswers = queries.filter((_q, i) => after[i] !== cityAnswers[i]).map((q) => q.label);

    const side = async (name: SideName, server: typeof cityServer, databaseUrl: string, sideQueries: ListQuery[], council: typeof city, sideCookie: string): Promise<Side> => ({
      name,
      child: server.child,
      base: server.base,
      databaseUrl,
      cookie: sideCookie,
      council: council.name,
      councilMembers: council.members,
      tableMembers: await countMembers(databaseUrl),
      queries: sideQueries,
    });
    const citySide = await side("city", cityServer, cityUrl, queries, city, cookie);
    const nationalSide = await side("national", nationalServer, nationalUrl, queries, city, cookie);
    console.info(`  measuring ${city.name}: city database (${citySide.tableMembers} members) and national (${nationalSide.tableMembers.toLocaleString("en-US")}) in alternating rounds`);
    const [cityMeasured, nationalMeasured] = await measure([citySide, nationalSide], roster.rounds, options);

    // The same measurements in a generated county of about the city's size, as its own admin.
    const sample = generated.sampleCouncil;
    await addAdmin(nationalUrl, sample.id, "bench-county-admin");
    const countyCookie = await login(nationalServer.base, "bench-county-admin");
    const countyQueries = await chooseQueries(nationalUrl, sample.id, nationalServer.base, countyCookie);
    const countySide = await side("generated county", nationalServer, nationalUrl, countyQueries, { ...sample }, countyCookie);
    console.info(`  measuring ${sample.name} (${sample.members} members) on the national database`);
    const [countyMeasured] = await measure([countySide], roster.rounds, options);

    printRosterReport({
      serverFrom: cityServer.from,
      busyBefore,
      busyAfter: loadavg()[0] ?? 0,
      options,
      roster,
      generated,
      sides: [cityMeasured!, nationalMeasured!, countyMeasured!],
      memory: {
        city: { atStart: cityRssAtStart },
        national: { atStart: nationalRssAtStart, afterGeneration: nationalRssAfterGeneration },
      },
      changedAnswers,
    });
    const sides = [cityMeasured!, nationalMeasured!, countyMeasured!];
    return sides.every((s) => s.results.every((r) => r.failures === 0)) && changedAnswers.length === 0;
  } finally {
    // Servers first (they hold connections), then the databases; cleanupAll does the same on Ctrl-C.
    for (const child of servers) await child.stop();
    await nationalDb?.release();
    await cityDb.release();
  }
}

async function answers(base: string, cookie: string, queries: ListQuery[]): Promise<string[]> {
  const bodies: string[] = [];
  for (const q of queries) bodies.push((await fetchPage(base, cookie, q.input)).body);
  return bodies;
}

/**
 * Every query on every side: a warm-up, then `rounds` runs each, the sides taking turns and
 * swapping who goes first every round. Then what Postgres counted, and the plans.
 */
async function measure(sides: Side[], rounds: number, options: BenchOptions): Promise<Measured[]> {
  const before = await Promise.all(sides.map((s) => readTableStats(s.databaseUrl)));
  const rss = sides.map((s) => rssSampler(s.child.pid));
  const runs: Samples[][][] = sides.map((s) => s.queries.map(() => []));
  const requests = sides.map(() => 0);
  const durationSec = options.durationSec / rounds;
  const queryCount = sides[0]?.queries.length ?? 0;
  for (let round = 0; round < rounds; round++) {
    for (let q = 0; q < queryCount; q++) {
      const order = sides.map((_s, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const s = sides[i]!;
        const load = { url: `${s.base}${s.queries[q]!.path}`, headers: { cookie: s.cookie }, connections: options.connections };
        if (round === 0 && options.warmupSec > 0) requests[i]! += (await runSamples({ ...load, durationSec: options.warmupSec }, s.child.pid)).requests;
        const result = await runSamples({ ...load, durationSec }, s.child.pid);
        requests[i]! += result.requests;
        runs[i]![q]!.push(result);
      }
    }
    if ((round + 1) % 5 === 0 || round + 1 === rounds) console.info(`    round ${round + 1}/${rounds} done`);
  }
  const memory = rss.map((r) => r.stop());
  // Tables statistics are per database, so each side's counts are its own even when interleaved.
  await statsSettled();
  const after = await Promise.all(sides.map((s) => readTableStats(s.databaseUrl)));

  const plans: Plan[][][] = [];
  for (const s of sides) {
    const perQuery: Plan[][] = [];
    for (const q of s.queries) perQuery.push(await explainAll(s.databaseUrl, await captureListSql(s.databaseUrl, s.cookie, q.input)));
    plans.push(perQuery);
  }
  const dbP50: number[][] = sides.map(() => []);
  for (let q = 0; q < queryCount; q++) {
    const statements = sides.map((s, i) => plans[i]![q]!.find((p) => p.main)!);
    const p50s = await medianSqlMs(
      sides.map((s, i) => ({ databaseUrl: s.databaseUrl, statement: statements[i]!.statement })),
      200,
    );
    p50s.forEach((p, i) => dbP50[i]!.push(p));
  }

  return sides.map((s, i) => ({
    ...s,
    results: runs[i]!.map(pooled),
    runs: runs[i]!,
    rss: memory[i]!,
    stats: statsDelta(before[i]!, after[i]!),
    requests: requests[i]!,
    plans: plans[i]!,
    dbP50: dbP50[i]!,
  }));
}
