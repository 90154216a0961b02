import autocannon from "autocannon";
import { percentile, type LoadResult } from "./load";
import { cpuSeconds } from "./proc";

// Scale benchmarks (roster, proposal) measure each query in short rounds that alternate the city
// and the national database; these keep each round raw, pool them, and pair them by round.

/** One bounded autocannon run, kept raw so that several short runs of one query can be pooled. */
export type Samples = {
  /** Each response's own hrtime duration in ms (autocannon's histogram keeps whole ms). */
  latencies: number[];
  requests: number;
  failures: number;
  seconds: number;
  generatorCpuSec: number;
  serverCpuSec: number | undefined;
};

export async function runSamples(
  load: { url: string; headers: Record<string, string>; connections: number; durationSec: number },
  serverPid: number,
): Promise<Samples> {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const serverBefore = cpuSeconds(serverPid);
  const instance = autocannon({ url: load.url, headers: load.headers, connections: load.connections, duration: load.durationSec });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = cpuSeconds(serverPid);
  return {
    latencies,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
    generatorCpuSec: (cpu.user + cpu.system) / 1e6,
    serverCpuSec: serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore,
  };
}

/** Several runs of one query as one result: percentiles over every response, rates over the summed time. */
export function pooled(runs: Samples[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const serverCpu = runs.every((r) => r.serverCpuSec !== undefined) ? runs.reduce((s, r) => s + (r.serverCpuSec ?? 0), 0) : undefined;
  return {
    requestsPerSec: requests / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    requests,
    failures: runs.reduce((s, r) => s + r.failures, 0),
    generatorCpu: runs.reduce((s, r) => s + r.generatorCpuSec, 0) / seconds,
    serverCpu: serverCpu === undefined ? undefined : serverCpu / seconds,
    serverCpuMsPerRequest: serverCpu === undefined ? undefined : (serverCpu * 1000) / requests,
  };
}

/**
 * The median over rounds of a ÷ b, each round's p50s measured back to back: a machine that got
 * busier during the run weighs on both sides of each quotient alike.
 */
export function pairedRatio(a: Samples[], b: Samples[]): number {
  const ratios = a
    .map((run, i) => {
      const other = b[i];
      if (!other) return Number.NaN;
      return percentile([...run.latencies].sort((x, y) => x - y), 0.5) / percentile([...other.latencies].sort((x, y) => x - y), 0.5);
    })
    .filter((r) => Number.isFinite(r))
    .sort((x, y) => x - y);
  return percentile(ratios, 0.5);
}
