import autocannon from "autocannon";
import { cpuSeconds } from "./proc";

export type Load = { url: string; headers?: Record<string, string>; connections: number; durationSec: number };

export type LoadResult = {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers plus connection errors and timeouts: anything but 0 voids the figures. */
  failures: number;
  /** Share of one core the load generator (this process) used: near 100 % means it, not the server, was the limit. */
  generatorCpu: number;
  /** Share of one core the server process used (its own process only: not a Postgres backend). */
  serverCpu: number | undefined;
  /**
   * The server process's CPU milliseconds per request. Unlike req/s it hardly moves when other
   * work on the machine takes cores away, so it is the steadier measure of what the code costs.
   */
  serverCpuMsPerRequest: number | undefined;
};

/**
 * One bounded autocannon run. Latency percentiles come from every response's own hrtime
 * duration, because autocannon's histogram keeps whole milliseconds and a 1–2 ms p50 would
 * round into meaninglessness.
 */
export async function runLoad(load: Load, serverPid: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const serverBefore = cpuSeconds(serverPid);
  const startedAt = process.hrtime.bigint();
  const instance = autocannon({ url: load.url, headers: load.headers, connections: load.connections, duration: load.durationSec });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const wallSec = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = cpuSeconds(serverPid);

  latencies.sort((a, b) => a - b);
  const serverCpuSec = serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore;
  return {
    requestsPerSec: result.requests.total / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    generatorCpu: (cpu.user + cpu.system) / 1e6 / wallSec,
    serverCpu: serverCpuSec === undefined ? undefined : serverCpuSec / wallSec,
    serverCpuMsPerRequest: serverCpuSec === undefined ? undefined : (serverCpuSec * 1000) / result.requests.total,
  };
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
