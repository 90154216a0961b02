import { cpus } from "node:os";
import { fixed, formatTable, grouped } from "../lib/table";
import type { BenchOptions } from "../options";
import { accessPaths, type Plan } from "./explain";
import type { CityData, NationalData } from "./generate";
import { pairedRatio } from "../lib/samples";
import type { Measured, ProposalOptions } from "./index";
import type { ProposalQuery } from "./queries";

/** p50 at national scale may be at most this many times the city's (list and statistics). */
const scaleTarget = 1.5;
/** The similarity query's p50 may be at most this many times the list query's, at national scale. */
const similarTarget = 3;
/** Lines of each proposal statement's plan to print. */
const planLines = 16;
const lineWidth = 190;

type Verdict = "met" | "NOT MET" | "borderline";

/** Met when both ways of taking the ratio are within the target, not met when neither is. */
function verdict(values: number[], target: number): Verdict {
  const within = values.filter((v) => Number.isFinite(v)).map((v) => v <= target);
  return within.every(Boolean) ? "met" : within.some(Boolean) ? "borderline" : "NOT MET";
}

export function printProposalReport(report: {
  serverFrom: string;
  postgresVersion: string;
  busyBefore: number;
  busyAfter: number;
  options: BenchOptions;
  opts: ProposalOptions;
  councilName: string;
  city: CityData;
  national: NationalData;
  queries: ProposalQuery[];
  sides: Measured[];
  memory: { atStart: { city: number; national: number }; nationalAfterGeneration: number };
  changedAnswers: string[];
  totalSeconds: number;
}): void {
  const { serverFrom, postgresVersion, busyBefore, busyAfter, options, opts, councilName, city, national, queries, sides, memory, changedAnswers } = report;
  const [c, n] = sides;
  if (!c || !n) return;
  const out: string[] = [];
  const x = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "–" : `${fixed(v, 2)}×`);
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "–" : x(a / b));
  const busy = Math.max(busyBefore, busyAfter);
  const load = national.seconds - national.indexSeconds - national.vacuumSeconds;

  out.push(
    "",
    `proposal scale — PostgreSQL ${postgresVersion}; servers: ${serverFrom}, LOG_LEVEL=${options.serverLogLevel}`,
    `per query and side: ${options.warmupSec} s warm-up, then ${opts.rounds} rounds × ${fixed(options.durationSec / opts.rounds, 1)} s, city and national taking turns; ${options.connections} connections, loopback, signed in as the city's admin`,
    `machine: ${cpus().length} cores, load average ${busyBefore.toFixed(2)} before and ${busyAfter.toFixed(2)} after${busy > 0.5 ? " (busy: absolute figures are noisy; the alternating rounds share the noise between the sides)" : ""}`,
    `scale asked: ${grouped(opts.proposals)} proposals in ${grouped(opts.councils)} councils (BENCH_PROPOSALS, BENCH_COUNCILS)`,
    `generated: ${grouped(national.proposals)} proposals and ${grouped(national.assignments)} assignments in ${grouped(national.councils)} councils in ${national.seconds.toFixed(0)} s ` +
      `(writing ${load.toFixed(0)} s, index rebuild ${national.indexSeconds.toFixed(0)} s, VACUUM ANALYZE ${national.vacuumSeconds.toFixed(0)} s); whole run ${report.totalSeconds.toFixed(0)} s`,
    `city: ${councilName}, ${grouped(city.proposals)} proposals in five sessions; proposal table: city ${grouped(c.tableProposals)}, national ${grouped(n.tableProposals)} rows (${ratio(n.tableProposals, c.tableProposals)})`,
    `national sizes (MiB, with TOAST and indexes for tables): ${national.sizes.map((s) => `${s.relation} ${grouped(s.mib)}`).join(", ")}`,
    "",
    "queries (the same GET in both databases):",
    ...queries.map((q) => `  ${q.label.padEnd(20)} proposal.${q.procedure}: ${q.about} — answers ${q.answered}${q.procedure === "list" ? " items" : q.procedure === "statistics" ? " received" : " matches"}`),
    "",
  );

  const rows: string[][] = [];
  queries.forEach((q, i) => {
    for (const s of sides) {
      const r = s.results[i];
      if (!r) continue;
      rows.push([s === c ? q.label : "", s.name, grouped(r.requestsPerSec), fixed(r.p50Ms, 2), fixed(r.p99Ms, 2), String(r.failures), fixed(r.serverCpuMsPerRequest, 2), fixed(s.sqlP50[i], 2)]);
    }
  });
  out.push(
    formatTable(["query", "database", "req/s", "p50 ms", "p99 ms", "failed", "CPU ms/req", "SQL p50 ms"], rows, 2),
    "  CPU ms/req: the server process's CPU per request; SQL p50: the proposal statement alone, 100 runs on one connection, the sides taking turns",
    "",
  );

  const scaleRows = queries.map((q, i) => {
    const [cr, nr] = [c.results[i], n.results[i]];
    const pooledP50 = cr && nr ? nr.p50Ms / cr.p50Ms : Number.NaN;
    const paired = pairedRatio(n.runs[i] ?? [], c.runs[i] ?? []);
    const targeted = q.kind === "list" || q.kind === "statistics";
    return {
      q,
      pooledP50,
      paired,
      row: [
        q.label,
        x(pooledP50),
        x(paired),
        ratio(nr?.p99Ms, cr?.p99Ms),
        ratio(nr?.requestsPerSec, cr?.requestsPerSec),
        ratio(nr?.serverCpuMsPerRequest, cr?.serverCpuMsPerRequest),
        ratio(n.sqlP50[i], c.sqlP50[i]),
        targeted ? verdict([pooledP50, paired], scaleTarget) : "(no target)",
      ],
    };
  });
  out.push(
    formatTable(["national ÷ city (same council)", "p50", "p50 paired", "p99", "req/s", "CPU/req", "SQL p50", `p50 ≤ ${scaleTarget}×`], scaleRows.map((r) => r.row)),
    "  p50: over all responses of all rounds; p50 paired: the median over rounds of national ÷ city, each round's two runs back to back",
    "",
  );

  const headline = queries.findIndex((q) => q.kind === "list");
  const listP50 = (s: Measured) => s.results[headline]?.p50Ms;
  const similarRows = queries
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.kind === "similar")
    .map(({ q, i }) => {
      const nationalRatio = (n.results[i]?.p50Ms ?? Number.NaN) / (listP50(n) ?? Number.NaN);
      const sqlRatio = (n.sqlP50[i] ?? Number.NaN) / (n.sqlP50[headline] ?? Number.NaN);
      return {
        nationalRatio,
        row: [q.label, x(nationalRatio), x((c.results[i]?.p50Ms ?? Number.NaN) / (listP50(c) ?? Number.NaN)), x(sqlRatio), verdict([nationalRatio], similarTarget)],
      };
    });
  out.push(
    formatTable([`similarity ÷ ${queries[headline]?.label ?? "list"}`, "national p50", "city p50", "national SQL p50", `national p50 ≤ ${similarTarget}×`], similarRows.map((r) => r.row)),
    "  p50 of each request under the same load; SQL p50: the two statements alone (the similarity statement's share of a request)",
    "",
  );

  const main = (plans: Plan[] | undefined) => plans?.find((p) => p.main);
  const dbRows = queries.map((q, i) => {
    const [cp, np] = [main(c.plans[i]), main(n.plans[i])];
    return [q.label, fixed(cp?.executionMs, 3), fixed(np?.executionMs, 3), String(cp?.buffers ?? "–"), String(np?.buffers ?? "–"), np ? [...new Set(accessPaths(np))].join(", ") : "–"];
  });
  out.push(
    "the proposal statement in EXPLAIN (ANALYZE, BUFFERS), after one warm run: execution time and shared buffers touched",
    formatTable(["query", "city ms", "national ms", "city bufs", "national bufs", "national: indexes read"], dbRows),
    "",
  );

  const mib = (v: number | undefined) => fixed(v, 0);
  out.push(
    "server RSS (MiB), sampled every 100 ms",
    formatTable(
      ["server", "at start", "after generating", "measured: start", "peak", "end"],
      [
        ["city", mib(memory.atStart.city), "–", mib(c.rss.start), mib(c.rss.peak), mib(c.rss.end)],
        ["national", mib(memory.atStart.national), mib(memory.nationalAfterGeneration), mib(n.rss.start), mib(n.rss.peak), mib(n.rss.end)],
      ],
    ),
    `national ÷ city after the same requests: peak ${ratio(n.rss.peak, c.rss.peak)}, end ${ratio(n.rss.end, c.rss.end)}`,
    "",
  );

  const per = (value: number, s: Measured) => fixed(value / s.requests, 1);
  out.push(
    "what Postgres counted on the proposal table while measuring (warm-up included): sequential scans, and rows and pages per request",
    formatTable(
      ["database", "requests", "seq scans", "rows by seq scan", "rows by index/req", "pages/req"],
      sides.map((s) => [s.name, grouped(s.requests), grouped(s.counters.seqScans), grouped(s.counters.seqRows), per(s.counters.indexRows, s), per(s.counters.pages, s)]),
    ),
    "",
  );

  out.push(`plans at national scale: EXPLAIN (ANALYZE, BUFFERS) of the proposal statement, first ${planLines} lines`);
  queries.forEach((q, i) => {
    const plans = n.plans[i] ?? [];
    const p = main(plans);
    const others = plans.filter((x) => x !== p);
    out.push(
      "",
      `── ${q.label}: ${plans.length} statements, ${fixed(plans.reduce((s, x) => s + x.executionMs, 0), 2)} ms in all` +
        (others.length ? ` (the other ${others.length}: names, sessions, units, the rule set; ${fixed(others.reduce((s, x) => s + x.executionMs, 0), 2)} ms)` : ""),
      ...(p ? p.lines.slice(0, planLines).map((l) => `   ${l.length > lineWidth ? `${l.slice(0, lineWidth)}…` : l}`) : ["   (no statement read the proposal table)"]),
    );
    const cp = main(c.plans[i]);
    if (cp) out.push(`   city database, for comparison: ${[...new Set(accessPaths(cp))].join(", ") || "no index"}; ${fixed(cp.executionMs, 3)} ms, ${cp.buffers} buffers`);
  });
  out.push("");

  const targeted = scaleRows.filter((r) => r.q.kind !== "similar");
  const worstScale = targeted.reduce((w, r) => (Math.max(r.pooledP50, r.paired) > Math.max(w.pooledP50, w.paired) ? r : w), targeted[0]!);
  const worstSimilar = similarRows.reduce((w, r) => (r.nationalRatio > w.nationalRatio ? r : w), similarRows[0]!);
  const scaleVerdicts = targeted.map((r) => verdict([r.pooledP50, r.paired], scaleTarget));
  const summary = (vs: Verdict[]) => (vs.every((v) => v === "met") ? "met" : vs.some((v) => v === "NOT MET") ? "NOT MET" : "borderline");
  out.push(
    `targets at ${grouped(n.tableProposals)} proposals in ${grouped(national.councils + 4)} councils:`,
    `  list and statistics p50 national ÷ city ≤ ${scaleTarget}×: ${summary(scaleVerdicts)} (highest ${x(worstScale?.pooledP50)} pooled, ${x(worstScale?.paired)} paired, ${worstScale?.q.label})`,
    `  similarity p50 ≤ ${similarTarget}× the list's (${queries[headline]?.label}) at national scale: ${summary(similarRows.map((r) => verdict([r.nationalRatio], similarTarget)))} (highest ${x(worstSimilar?.nationalRatio)})`,
    changedAnswers.length === 0
      ? "  answers: byte for byte the same in both databases after generation (the city's rows went out and came back among the others)"
      : `  ANSWERS CHANGED after generation: ${changedAnswers.join(", ")} — the comparison is void`,
    ...(sides.some((s) => s.results.some((r) => r.failures > 0)) ? ["SOME REQUESTS FAILED: these figures are void (see the failed column)."] : []),
    "",
  );
  console.info(out.join("\n"));
}
