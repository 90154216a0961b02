import type { DbKind } from "@cppcc/db";
import { fixed, formatTable, grouped, percent } from "../lib/table";
import type { Tally } from "./clients";
import type { LimitTable, PoolWatch } from "./db-watch";

export type Phase = {
  label: string;
  residents: Tally;
  flood: Tally | undefined;
  /** Share of one core each process used over the phase. */
  serverCpu: number | undefined;
  serverCpuSec: number | undefined;
  generatorCpu: number;
  pool: PoolWatch | undefined;
  loadAverage: number;
};

export type TrimCheck = { before: LimitTable; aged: LimitTable; floodStatus: number; freshStatus: number };

export type FloodReport = {
  kind: DbKind;
  floodConnections: number;
  floodIp: string;
  addressesUsed: number;
  /** Alternating unloaded and flooded phases, starting and ending unloaded. */
  phases: Phase[];
  /** The flood with no residents: what a refusal costs. */
  floodAlone: Phase;
  table: LimitTable;
  trim: TrimCheck | undefined;
};

export const minimumRatio = 0.8;

const rate = (t: Tally) => t.accepted / t.seconds;

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/** Prints the figures; returns whether they stand (no resident was refused or failed, the flood got only 200 and 429). */
export function printFloodReport(r: FloodReport): boolean {
  if (!r.phases.some((p) => p.flood)) throw new Error("the flood report needs a flooded phase");

  console.info("");
  console.info(
    formatTable(
      ["phase", "residents' topics/s", "p50 ms", "p99 ms", "failed", "flood sent", "flood/s", "200", "429", "other", "flood p50", "server CPU", "db CPU", "loadgen CPU", "load avg"],
      r.phases.map((p) => {
        const f = p.flood;
        const dbCpu = p.pool?.backendCpuSec;
        const seconds = p.residents.seconds;
        return [
          p.label,
          fixed(rate(p.residents), 1),
          fixed(percentile(p.residents.latencies, 0.5), 2),
          fixed(percentile(p.residents.latencies, 0.99), 2),
          String(p.residents.failed + p.residents.duplicates + p.residents.limited),
          f ? grouped(f.sent) : "–",
          f ? fixed(f.sent / f.seconds, 0) : "–",
          f ? String(f.accepted + f.duplicates) : "–",
          f ? grouped(f.limited) : "–",
          f ? String(f.failed) : "–",
          f ? fixed(percentile(f.latencies, 0.5), 2) : "–",
          percent(p.serverCpu),
          dbCpu === undefined ? "–" : percent(dbCpu / seconds),
          percent(p.generatorCpu),
          fixed(p.loadAverage, 1),
        ];
      }),
    ),
  );

  if (r.kind === "postgres") {
    console.info("");
    console.info(
      formatTable(
        ["phase", "advisory-lock waiters mean", "max", "busy pool connections mean", "max (pool 10)", "samples"],
        r.phases.map((p) => [
          p.label,
          fixed(p.pool?.advisoryMean, 2),
          String(p.pool?.advisoryMax ?? "–"),
          fixed(p.pool?.busyMean, 2),
          String(p.pool?.busyMax ?? "–"),
          String(p.pool?.samples ?? "–"),
        ]),
      ),
    );
  }

  // Each flooded phase against the unloaded phases on either side of it.
  const rounds = r.phases.flatMap((p, i) => {
    const before = r.phases[i - 1];
    const after = r.phases[i + 1];
    if (!p.flood || !before || !after) return [];
    return [{ label: p.label, ratio: rate(p.residents) / ((rate(before.residents) + rate(after.residents)) / 2) }];
  });
  const ratio = rounds.reduce((sum, x) => sum + x.ratio, 0) / Math.max(1, rounds.length);
  const unloaded = r.phases.filter((p) => !p.flood);
  const flooded = r.phases.filter((p) => p.flood);
  const latencies = (ps: Phase[]) => ps.flatMap((p) => p.residents.latencies);
  const [aLat, bLat] = [latencies(unloaded), latencies(flooded)];
  console.info("");
  console.info(`residents' accepted topics/s, each flooded phase ÷ the mean of the unloaded phases either side: ${rounds.map((x) => `${x.label.split(" ")[0]} ${fixed(x.ratio, 2)}×`).join(", ")}`);
  console.info(`  mean ${fixed(ratio, 2)}× (target ≥ ${minimumRatio.toFixed(2)}×: ${ratio >= minimumRatio ? "met" : "NOT met"})`);
  console.info(
    `residents' latency, all unloaded → all flooded phases: p50 ${fixed(percentile(aLat, 0.5), 1)} → ${fixed(percentile(bLat, 0.5), 1)} ms (${fixed(percentile(bLat, 0.5) / percentile(aLat, 0.5), 2)}×), ` +
      `p99 ${fixed(percentile(aLat, 0.99), 1)} → ${fixed(percentile(bLat, 0.99), 1)} ms (${fixed(percentile(bLat, 0.99) / percentile(aLat, 0.99), 2)}×)`,
  );

  const sum = (ps: Phase[], f: (p: Phase) => number | undefined) => ps.reduce<number | undefined>((s, p) => (s === undefined || f(p) === undefined ? undefined : s + f(p)!), 0);
  const floods = flooded.map((p) => p.flood!);
  const floodSent = floods.reduce((s, f) => s + f.sent, 0);
  const floodLimited = floods.reduce((s, f) => s + f.limited, 0);
  const floodPassed = floods.reduce((s, f) => s + f.accepted + f.duplicates, 0);
  const floodFailed = floods.reduce((s, f) => s + f.failed, 0);
  const floodSeconds = floods.reduce((s, f) => s + f.seconds, 0);
  console.info(
    `flood from ${r.floodIp}: ${grouped(floodSent)} requests in ${floodSeconds.toFixed(0)} s (${fixed(floodSent / floodSeconds, 0)}/s); ${floodPassed} passed (the window's allowance, all in the first flooded phase: ${floods[0] ? floods[0].accepted + floods[0].duplicates : 0}), ` +
      `${grouped(floodLimited)} got 429 (${((floodLimited / Math.max(1, floodSent)) * 100).toFixed(2)} %), ${floodFailed} anything else`,
  );
  // What each costs the server and the database, per request: residents' topics over the unloaded
  // phases, refusals from the flood-alone phase (its 429s only: the window was spent in B1).
  const alone = r.floodAlone;
  const aloneFlood = alone.flood!;
  const residentsSent = unloaded.reduce((s, p) => s + p.residents.sent, 0);
  const residentsSeconds = unloaded.reduce((s, p) => s + p.residents.seconds, 0);
  const perRequest = (total: (p: Phase) => number | undefined) => {
    const a = sum(unloaded, total);
    const f = total(alone);
    return { topic: a === undefined ? undefined : (a * 1000) / residentsSent, refusal: f === undefined ? undefined : (f * 1000) / Math.max(1, aloneFlood.sent) };
  };
  const server = perRequest((p) => p.serverCpuSec);
  const db = perRequest((p) => p.pool?.backendCpuSec);
  console.info(
    `flood alone (${aloneFlood.seconds.toFixed(0)} s, ${r.floodConnections} connections, nobody else): ${fixed(aloneFlood.sent / aloneFlood.seconds, 0)} refusals/s, p50 ${fixed(percentile(aloneFlood.latencies, 0.5), 1)} ms, ` +
      `${aloneFlood.limited} × 429, ${aloneFlood.accepted + aloneFlood.duplicates + aloneFlood.failed} anything else; residents alone: ${fixed(residentsSent / residentsSeconds, 0)} topics/s`,
  );
  if (alone.pool) console.info(`  advisory-lock waiters while it ran: mean ${fixed(alone.pool.advisoryMean, 2)}, max ${alone.pool.advisoryMax}; busy pool connections mean ${fixed(alone.pool.busyMean, 2)}`);
  console.info(
    `CPU per request, a resident's topic (unloaded phases) vs a refusal (flood alone): server ${fixed(server.topic, 2)} vs ${fixed(server.refusal, 2)} ms` +
      (db.topic === undefined ? "" : `, postgres ${fixed(db.topic, 2)} vs ${fixed(db.refusal, 2)} ms`),
  );

  const t = r.table;
  console.info(
    `public_rate_limit after the run: ${grouped(t.rows)} rows (${(t.bytes / 1024).toFixed(0)} KiB with its index) for ${grouped(t.keys)} addresses; ` +
      `${grouped(r.addressesUsed)} resident addresses used, ${t.floodRows} rows for the flood's`,
  );
  if (r.trim) {
    const { before, aged, floodStatus, freshStatus } = r.trim;
    console.info(
      `  trimming, with every slot aged by a day, then one topic from the flood's address (HTTP ${floodStatus}) and one from a new address (HTTP ${freshStatus}): ` +
        `${grouped(before.rows)} → ${grouped(aged.rows)} rows; the flood's ${before.floodRows} → ${aged.floodRows}. ` +
        `${grouped(aged.rows - aged.floodRows - 1)} expired rows of addresses that did not come back stay.`,
    );
  }

  const residentsFailed = r.phases.some((p) => p.residents.failed + p.residents.duplicates + p.residents.limited > 0);
  for (const p of [...r.phases, alone]) {
    for (const s of p.residents.failureSamples) console.info(`  ${p.label} resident failure: ${s}`);
    for (const s of p.flood?.failureSamples ?? []) console.info(`  ${p.label} flood failure: ${s}`);
    if (p.residents.duplicates > 0) console.info(`  ${p.label}: ${p.residents.duplicates} residents' topics answered as duplicates`);
    if (p.residents.limited > 0) console.info(`  ${p.label}: ${p.residents.limited} residents got 429`);
  }
  if (residentsFailed || floodFailed + aloneFlood.failed > 0) console.info("  the figures are void: a request failed (above)");
  return !residentsFailed && floodFailed + aloneFlood.failed === 0 && (!r.trim || (r.trim.floodStatus === 200 && r.trim.freshStatus === 200));
}
