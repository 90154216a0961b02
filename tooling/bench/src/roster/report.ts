import { cpus } from "node:os";
import { fixed, grouped } from "../lib/table";
import type { BenchOptions } from "../options";
import type { Plan } from "./explain";
import type { Generated } from "./generate";
import { pairedRatio } from "../lib/samples";
import type { Measured, RosterOptions } from "./index";

/** p50 at national scale may be at most this many times the city's. */
const p50Target = 1.5;
/** Lines of each member statement's plan to print: its top nodes, down to the member index. */
const planLines = 12;

export function printRosterReport(report: {
  serverFrom: string;
  busyBefore: number;
  busyAfter: number;
  options: BenchOptions;
  roster: RosterOptions;
  generated: Generated;
  sides: Measured[];
  memory: { city: { atStart: number }; national: { atStart: number; afterGeneration: number } };
  changedAnswers: string[];
}): void {
  const { serverFrom, busyBefore, busyAfter, options, roster, generated, sides, memory, changedAnswers } = report;
  const [city, national, county] = sides;
  if (!city || !national) return;
  const out: string[] = [];
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "–" : `${fixed(a / b, 2)}×`);
  const busy = Math.max(busyBefore, busyAfter);

  out.push(
    "",
    `roster scale — PostgreSQL; servers: ${serverFrom}, LOG_LEVEL=${options.serverLogLevel}`,
    `per query and side: ${options.warmupSec} s warm-up, then ${roster.rounds} rounds × ${fixed(options.durationSec / roster.rounds, 1)} s, city and national taking turns; ${options.connections} connections, loopback, signed in as the council's admin`,
    `machine: ${cpus().length} cores, load average ${busyBefore.toFixed(2)} before and ${busyAfter.toFixed(2)} after${busy > 0.5 ? " (busy: absolute figures are noisy; the alternating rounds share the noise between the sides)" : ""}`,
    `generated: ${grouped(generated.councils)} councils, ${grouped(generated.members)} members, ${grouped(generated.memberships)} memberships in ${generated.seconds.toFixed(0)} s (VACUUM ANALYZE included)`,
    `city: ${city.council}, ${city.councilMembers} members; member table: city ${grouped(city.tableMembers)}, national ${grouped(national.tableMembers)} (${ratio(national.tableMembers, city.tableMembers)})`,
    "",
  );

  const rows: string[][] = [];
  city.queries.forEach((q, i) => {
    for (const s of sides) {
      const r = s.results[i];
      const sq = s.queries[i];
      if (!r || !sq) continue;
      rows.push([
        s === city ? q.label : s === county ? `  (${sq.label})` : "",
        s === county ? `${s.name} (${s.councilMembers})` : s.name,
        String(sq.items),
        grouped(r.requestsPerSec),
        fixed(r.p50Ms, 2),
        fixed(r.p99Ms, 2),
        String(r.failures),
        fixed(r.serverCpuMsPerRequest, 3),
        fixed(s.dbP50[i], 3),
      ]);
    }
  });
  out.push(formatTable(["query", "database", "rows", "req/s", "p50 ms", "p99 ms", "failed", "CPU ms/req", "SQL p50 ms"], rows, 2), "");
  out.push(...city.queries.map((q) => `  ${q.label}: ${q.about}`));
  out.push(
    "  CPU ms/req: the server process's CPU per request",
    "  SQL p50 ms: the member statement's planning + execution time in Postgres (EXPLAIN ANALYZE, TIMING OFF), median of 200 runs, the databases taking turns",
    "",
  );

  let worst = { pooled: 0, paired: 0 };
  const ratioRows = city.queries.map((q, i) => {
    const c = city.results[i];
    const n = national.results[i];
    const pooledP50 = c && n ? n.p50Ms / c.p50Ms : Number.NaN;
    const paired = pairedRatio(national.runs[i] ?? [], city.runs[i] ?? []);
    worst = { pooled: Math.max(worst.pooled, pooledP50), paired: Math.max(worst.paired, paired) };
    return [
      q.label,
      `${fixed(pooledP50, 2)}×`,
      `${fixed(paired, 2)}×`,
      ratio(n?.p99Ms, c?.p99Ms),
      ratio(n?.requestsPerSec, c?.requestsPerSec),
      ratio(n?.serverCpuMsPerRequest, c?.serverCpuMsPerRequest),
      ratio(national.dbP50[i], city.dbP50[i]),
      verdict(pooledP50, paired),
    ];
  });
  out.push(
    formatTable(["national ÷ city (same council)", "p50", "p50 paired", "p99", "req/s", "CPU/req", "SQL p50", `p50 ≤ ${p50Target}×`], ratioRows),
    "  p50: over all responses of all rounds; p50 paired: the median over rounds of national ÷ city, each round's two runs back to back",
    "",
  );

  const main = (plans: Plan[] | undefined) => plans?.find((p) => p.main);
  const dbRows = city.queries.map((q, i) => {
    const c = main(city.plans[i]);
    const n = main(national.plans[i]);
    return [q.label, String(c?.buffers ?? "–"), String(n?.buffers ?? "–"), [...new Set(n?.access ?? [])].join(", ")];
  });
  out.push(
    "the member statement in EXPLAIN (ANALYZE, BUFFERS), after one warm run: shared buffers (8 KiB pages) touched, and the indexes read",
    formatTable(["query", "city bufs", "national bufs", "national: indexes read"], dbRows),
    "",
  );

  const mib = (v: number | undefined) => fixed(v, 0);
  out.push(
    "server RSS (MiB), sampled every 100 ms",
    formatTable(
      ["server", "at start", "after generating", "measured: start", "peak", "end"],
      [
        ["city", mib(memory.city.atStart), "–", mib(city.rss.start), mib(city.rss.peak), mib(city.rss.end)],
        ["national", mib(memory.national.atStart), mib(memory.national.afterGeneration), mib(national.rss.start), mib(national.rss.peak), mib(national.rss.end)],
        ...(county ? [["national (county)", "", "", mib(county.rss.start), mib(county.rss.peak), mib(county.rss.end)]] : []),
      ],
    ),
    `national ÷ city after the same requests: peak ${ratio(national.rss.peak, city.rss.peak)}, end ${ratio(national.rss.end, city.rss.end)}, with a ${ratio(national.tableMembers, city.tableMembers)} larger member table`,
    "",
  );

  const per = (value: number, s: Measured) => fixed(value / s.requests, 1);
  out.push(
    "what Postgres counted on member + membership while measuring (warm-up included): sequential scans, and rows and pages per request",
    formatTable(
      ["database", "requests", "seq scans", "rows by seq scan", "member rows/req", "membership rows/req", "pages/req"],
      sides.map((s) => [
        s === county ? "national (county)" : s.name,
        grouped(s.requests),
        String(s.stats.member.seqScans + s.stats.membership.seqScans),
        grouped(s.stats.member.seqRows + s.stats.membership.seqRows),
        per(s.stats.member.indexRows + s.stats.member.seqRows, s),
        per(s.stats.membership.indexRows + s.stats.membership.seqRows, s),
        per(s.stats.member.pages + s.stats.membership.pages, s),
      ]),
    ),
    "  (on the city database the planner rightly scans 300-row tables; on the national one a whole-table read would show here)",
    "",
  );

  out.push(`plans on the national database (${grouped(national.tableMembers)} members): EXPLAIN (ANALYZE, BUFFERS) of the SQL the procedure sends`);
  city.queries.forEach((q, i) => {
    const plan = main(national.plans[i]);
    if (!plan) return;
    out.push("", `— ${q.label}  (${fixed(plan.executionMs, 3)} ms, ${plan.buffers} buffers)`, ...plan.lines.slice(0, planLines).map((l) => `    ${l}`));
  });
  const others = (national.plans[0] ?? []).filter((p) => !p.main);
  out.push("", "— the other statements of each request:");
  for (const p of others) {
    const what = p.statement.text.match(/from "(\w+)"/)?.[1] ?? "?";
    out.push(`    ${what.padEnd(15)} ${fixed(p.executionMs, 3)} ms ${String(p.buffers).padStart(4)} buffers  ${[...new Set(p.access)].join(", ")}`);
  }

  out.push("");
  const failed = sides.some((s) => s.results.some((r) => r.failures > 0));
  if (failed) out.push("SOME REQUESTS FAILED: these figures are void (see the failed column).");
  if (changedAnswers.length > 0) out.push(`ANSWERS CHANGED after generating, though the city's rows did not: ${changedAnswers.join(", ")}`);
  const seqScans = national.stats.member.seqScans + national.stats.membership.seqScans;
  out.push(
    `p50 national ÷ city, worst query: ${fixed(worst.pooled, 2)}× pooled, ${fixed(worst.paired, 2)}× paired by round (target ≤ ${p50Target}×): ${verdict(worst.pooled, worst.paired)}`,
    `memory: server RSS peak ${mib(city.rss.peak)} MiB (city) vs ${mib(national.rss.peak)} MiB (national); ${seqScans} sequential scans of member/membership on the national database`,
    "",
  );
  console.info(out.join("\n"));
}

function verdict(pooled: number, paired: number): string {
  if (pooled <= p50Target && paired <= p50Target) return "met";
  if (paired <= p50Target) return "met (paired)";
  return "NOT MET";
}

/** lib/table's formatTable, measuring width as a terminal shows it: a Han character takes two columns. */
function formatTable(header: string[], rows: string[][], labels = 1): string {
  const width = (text: string) => [...text].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const pad = (cell: string, i: number) => {
    const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
    return i < labels ? cell + fill : fill + cell;
  };
  const line = (cells: string[]) => cells.map(pad).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
