import { cpus } from "node:os";
import type { DbKind } from "@cppcc/db";
import type { LoadResult } from "./lib/load";
import { fixed, formatTable, grouped, percent } from "./lib/table";
import type { BenchOptions } from "./options";

export type Side = "server" | "baseline";
export type Measurement = { side: Side; route: string; result: LoadResult };

/** The figures of one database kind, then server ÷ baseline per route. */
export function printFoundationReport(report: {
  kind: DbKind;
  serverFrom: string;
  /** The 1-minute load average before the servers started. */
  busyBefore: number;
  options: BenchOptions;
  measurements: Measurement[];
  rss: Record<Side, { now: number; peak: number } | undefined>;
}): void {
  const { kind, serverFrom, busyBefore, options, measurements, rss } = report;
  const rows = measurements.map(({ side, route, result: r }) => [
    side,
    route,
    grouped(r.requestsPerSec),
    fixed(r.p50Ms, 2),
    fixed(r.p99Ms, 2),
    String(r.failures),
    percent(r.serverCpu),
    fixed(r.serverCpuMsPerRequest, 3),
    percent(r.generatorCpu),
  ]);
  const find = (side: Side, route: string) => measurements.find((m) => m.side === side && m.route === route)?.result;
  const ratios = [...new Set(measurements.map((m) => m.route))].map((route) => {
    const server = find("server", route);
    const baseline = find("baseline", route);
    const ratio = (pick: (r: LoadResult) => number | undefined) => {
      const [a, b] = [server && pick(server), baseline && pick(baseline)];
      return a === undefined || b === undefined ? "–" : `${fixed(a / b, 2)}×`;
    };
    return [route, ratio((r) => r.requestsPerSec), ratio((r) => r.p50Ms), ratio((r) => r.p99Ms), ratio((r) => r.serverCpuMsPerRequest)];
  });

  console.info(
    [
      "",
      `foundation — ${kind === "pglite" ? "embedded PGlite" : "PostgreSQL"}; server: ${serverFrom}, LOG_LEVEL=${options.serverLogLevel}`,
      `${options.durationSec} s per route after ${options.warmupSec} s warm-up, ${options.connections} connections, loopback`,
      `machine: ${cpus().length} cores, load average ${busyBefore.toFixed(2)} before the run${busyBefore > 0.5 ? " (busy: figures are noisier)" : ""}`,
      "",
      formatTable(["target", "route", "req/s", "p50 ms", "p99 ms", "failed", "target CPU", "CPU ms/req", "loadgen CPU"], rows, 2),
      "",
      formatTable(["server ÷ baseline", "req/s", "p50", "p99", "CPU/req"], ratios),
      "",
      `RSS after the runs (peak, start-up included): server ${fixed(rss.server?.now, 0)} MiB (${fixed(rss.server?.peak, 0)}), baseline ${fixed(rss.baseline?.now, 0)} MiB (${fixed(rss.baseline?.peak, 0)})`,
      ...(measurements.some((m) => m.result.failures > 0) ? ["", "SOME REQUESTS FAILED: these figures are void (see the failed column)."] : []),
      "",
    ].join("\n"),
  );
}
