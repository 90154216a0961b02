// Proposals at national scale: the filtered list (keyset), the statistics and the similarity
// query of one city (the demo's, five sessions of a few hundred proposals) on a database that
// holds only that city, against the same requests once ~5,000,000 proposals in ~3,000 councils
// surround it, measured in the same run. The ratios national ÷ city and similarity ÷ list are the
// figures; the absolute ones are the machine's.
import { loadavg } from "node:os";
import { join } from "node:path";
import { startAppServer } from "../lib/app-server";
import type { Child } from "../lib/child";
import type { LoadResult } from "../lib/load";
import { pooled, runSamples, type Samples } from "../lib/samples";
import { cloneDatabase } from "../lib/scale-db";
import { freePort } from "../lib/net";
import { openTarget } from "../lib/target";
import { loginAsAdmin } from "../lib/trpc-client";
import { bounded, type BenchOptions } from "../options";
import { adminCouncil, countProposals, serverVersion } from "./databases";
import { captureSql, explainAll, timeAlternating, type Plan, type Statement } from "./explain";
import { generateCity, generateNational, type Scale } from "./generate";
import { ask, chooseQueries, type ProposalQuery } from "./queries";
import { printProposalReport } from "./report";
import { timeSimilarAgainstBefore } from "./similarBaseline";
import { countersDelta, readCounters, rssSampler, settledCounters, type Rss, type TableCounters } from "./stats";

export type SideName = "city" | "national";

/** One server on one database. */
export type Side = { name: SideName; child: Child; base: string; databaseUrl: string; tableProposals: number };

export type Measured = Side & {
  results: LoadResult[];
  /** The raw runs, per query and round (round r of both sides ran back to back). */
  runs: Samples[][];
  /** Server RSS in MiB while measured. */
  rss: Rss;
  counters: TableCounters;
  /** Every request sent, warm-up included (the table counters count those too). */
  requests: number;
  plans: Plan[][];
  /** p50 of the proposal statement alone, run in a loop on one connection, per query. */
  sqlP50: number[];
};

export type ProposalOptions = Scale & { rounds: number };

export function readProposalOptions(env = process.env): ProposalOptions {
  return {
    proposals: bounded(env.BENCH_PROPOSALS, 5_000_000, 10_000, 20_000_000, "BENCH_PROPOSALS"),
    councils: bounded(env.BENCH_COUNCILS, 3000, 10, 10_000, "BENCH_COUNCILS"),
    rounds: bounded(env.BENCH_PROPOSAL_ROUNDS, 10, 1, 60, "BENCH_PROPOSAL_ROUNDS"),
  };
}

/**
 * The demo city is seeded into one database with its proposals, and copied (same rows, same ids,
 * same session) into a second, where the national table is generated around it. One server runs
 * on each; only one is under load at any moment. Each query is measured in rounds that alternate
 * the two, so a machine that gets busier or quieter during the run (this one is shared) weighs on
 * both sides alike. Postgres only: a national table in PGlite's WebAssembly heap is no deployment.
 */
export async function proposalScale(options: BenchOptions): Promise<boolean> {
  const opts = readProposalOptions();
  if (!options.kinds.includes("postgres")) console.info("\nproposal scale runs on Postgres only, not PGlite");
  const perRound = options.durationSec / opts.rounds;
  console.info(
    `\nproposal scale on PostgreSQL: ${opts.proposals.toLocaleString("en-US")} proposals in ${opts.councils.toLocaleString("en-US")} councils around the demo city; ` +
      `per query and side ${opts.rounds} rounds × ${perRound.toFixed(1)} s after ${options.warmupSec} s warm-up, ${options.connections} connections`,
  );
  const started = Date.now();
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

    // Seed the city (the server migrates and seeds), sign in once, write its proposals, then copy
    // the database while nothing is connected to it.
    const seeding = await start(cityUrl, "seed.log");
    const cookie = await loginAsAdmin(seeding.base);
    await seeding.child.stop();
    const council = await adminCouncil(cityUrl);
    const city = await generateCity(cityUrl, council.id);
    console.info(`  city: ${council.name}, ${city.proposals.toLocaleString("en-US")} proposals in five sessions, written in ${city.seconds.toFixed(1)} s`);
    const clone = await cloneDatabase(options.postgresUrl, cityUrl);
    nationalDb = clone;
    const nationalUrl = clone.databaseUrl;

    const cityServer = await start(cityUrl, "city-server.log");
    const nationalServer = await start(nationalUrl, "national-server.log");
    const queries = await chooseQueries(cityUrl, council.id, cityServer.base, cookie);
    const cityAnswers = await answers(cityServer.base, cookie, queries);
    if ((await answers(nationalServer.base, cookie, queries)).some((a, i) => a !== cityAnswers[i])) {
      throw new Error("the two databases answer differently before anything was generated");
    }
    const rssAtStart = { city: rssSampler(cityServer.child.pid).stop().start, national: rssSampler(nationalServer.child.pid).stop().start };

    console.info("  generating the national table in the second database (both servers up, idle)…");
    const idle = rssSampler(nationalServer.child.pid);
    const national = await generateNational(nationalUrl, council.id, opts, (line) => console.info(`    ${line}`));
    const rssAfterGeneration = idle.stop().end;
    console.info(`  generated in ${national.seconds.toFixed(0)} s`);
    // The city's rows went out and came back among the others: every answer must be byte for byte the same.
    const after = await answers(nationalServer.base, cookie, queries);
    const changedAnswers = queries.filter((_q, i) => after[i] !== cityAnswers[i]).map((q) => q.label);

    const sides: Side[] = [
      { name: "city", child: cityServer.child, base: cityServer.base, databaseUrl: cityUrl, tableProposals: await countProposals(cityUrl) },
      { name: "national", child: nationalServer.child, base: nationalServer.base, databaseUrl: nationalUrl, tableProposals: national.tableProposals },
    ];
    console.info(`  measuring ${council.name}: city database (${sides[0]!.tableProposals.toLocaleString("en-US")} proposals) and national (${national.tableProposals.toLocaleString("en-US")}) in alternating rounds`);
    const measured = await measure(sides, queries, cookie, opts.rounds, options);

    printProposalReport({
      serverFrom: cityServer.from,
      postgresVersion: await serverVersion(cityUrl),
      busyBefore,
      busyAfter: loadavg()[0] ?? 0,
      options,
      opts,
      councilName: council.name,
      city,
      national,
      queries,
      sides: measured,
      memory: { atStart: rssAtStart, nationalAfterGeneration: rssAfterGeneration },
      changedAnswers,
      totalSeconds: (Date.now() - started) / 1000,
    });
    return measured.every((s) => s.results.every((r) => r.failures === 0)) && changedAnswers.length === 0;
  } finally {
    // Servers first (they hold connections), then the databases; cleanupAll does the same on Ctrl-C.
    for (const child of servers) await child.stop();
    await nationalDb?.release();
    await cityDb.release();
  }
}

async function answers(base: string, cookie: string, queries: ProposalQuery[]): Promise<string[]> {
  const bodies: string[] = [];
  for (const q of queries) bodies.push((await ask(base, cookie, q.path)).body);
  return bodies;
}

/**
 * Every query on both sides: a warm-up each, then `rounds` runs each, the sides taking turns and
 * swapping who goes first every round. Then what Postgres counted, the plans, and the proposal
 * statement timed alone.
 */
async function measure(sides: Side[], queries: ProposalQuery[], cookie: string, rounds: number, options: BenchOptions): Promise<Measured[]> {
  const before = await Promise.all(sides.map((s) => readCounters(s.databaseUrl)));
  const rss = sides.map((s) => rssSampler(s.child.pid));
  const runs: Samples[][][] = sides.map(() => queries.map(() => []));
  const requests = sides.map(() => 0);
  const durationSec = options.durationSec / rounds;
  for (const [q, query] of queries.entries()) {
    for (let round = 0; round < rounds; round++) {
      const order = sides.map((_s, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const s = sides[i]!;
        const load = { url: `${s.base}${query.path}`, headers: { cookie }, connections: options.connections };
        if (round === 0 && options.warmupSec > 0) requests[i]! += (await runSamples({ ...load, durationSec: options.warmupSec }, s.child.pid)).requests;
        const result = await runSamples({ ...load, durationSec }, s.child.pid);
        requests[i]! += result.requests;
        runs[i]![q]!.push(result);
      }
    }
    const p50 = (i: number) => pooled(runs[i]![q]!).p50Ms.toFixed(2);
    console.info(`    ${query.label.padEnd(20)} p50 city ${p50(0)} ms, national ${p50(1)} ms`);
  }
  const memory = rss.map((r) => r.stop());
  // Counters are per database, so each side's are its own even though the runs interleaved.
  const after = await Promise.all(sides.map((s, i) => (i === 0 ? settledCounters(s.databaseUrl) : readCounters(s.databaseUrl))));

  const statements: Statement[][][] = [];
  const plans: Plan[][][] = [];
  for (const s of sides) {
    const captured = await Promise.all(queries.map((q) => captureSql(s.databaseUrl, cookie, q)));
    statements.push(captured);
    const perQuery: Plan[][] = [];
    for (const c of captured) perQuery.push(await explainAll(s.databaseUrl, c));
    plans.push(perQuery);
  }
  const sqlP50: number[][] = sides.map(() => []);
  for (const [q] of queries.entries()) {
    const p50s = await timeAlternating(
      sides.map((s, i) => ({ databaseUrl: s.databaseUrl, statements: statements[i]![q]! })),
      100,
    );
    p50s.forEach((p, i) => sqlP50[i]!.push(p));
  }
  // Issue 9 changed the similarity statement; the old one, timed beside it on each database.
  for (const [q, query] of queries.entries()) {
    if (query.kind !== "similar") continue;
    for (const [i, s] of sides.entries()) {
      const t = await timeSimilarAgainstBefore(s.databaseUrl, query, statements[i]![q]!);
      console.info(`    ${query.label.padEnd(20)} ${s.name.padEnd(8)} SQL p50 before issue 9 ${t.before.toFixed(2)} ms, now ${t.now.toFixed(2)} ms (${(t.now / t.before).toFixed(2)}×)`);
    }
  }

  return sides.map((s, i) => ({
    ...s,
    results: runs[i]!.map(pooled),
    runs: runs[i]!,
    rss: memory[i]!,
    counters: countersDelta(before[i]!, after[i]!),
    requests: requests[i]!,
    plans: plans[i]!,
    sqlP50: sqlP50[i]!,
  }));
}
