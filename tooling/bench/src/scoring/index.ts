// Scoring a national-size duty ledger (issue 12, "Checked from outside"): 650,000 members and
// 20,000,000 entries a year, scored by the same domain function as a member's record, against a
// plain SQL aggregate of the same live entries by member in the same run (target ≤ 3×); and one
// new entry with its member's stored score rescored, against a plain single-row insert into the
// same ledger (target ≤ 1.5×). Postgres only: the national ledger is a server's job.
import { createDb, dutyLedger, migrate, type DbHandle } from "@cppcc/db";
import { appendAndRescore, dutyCredit, scoreLedger, settleDuty } from "@cppcc/api";
import { evaluationPresets, groupsOf, scoreMember, scoreMemberGroups, type EvaluationPresetName, type ReadonlyEvaluationTable } from "@cppcc/domain";
import postgres from "postgres";
import { percentile } from "../lib/load";
import { fixed, formatTable, grouped } from "../lib/table";
import { openTarget } from "../lib/target";
import { bounded, type BenchOptions } from "../options";
import { generateLedger, ledgerScale, type LedgerScale } from "./generate";

const fullTarget = 3;
const addTarget = 1.5;
const year = 2025;
/**
 * work_mem for both whole-ledger sides: the scoring's hash aggregate of a national year holds a
 * packed string per member (string_agg starts each at 1 kB: about 0.8 GB for 650,000), the plain
 * one's a sum per member (about 60 MB); Postgres lets a hash use twice work_mem.
 */
const workMem = process.env.BENCH_SCORING_WORK_MEM ?? "1GB";
if (!/^\d+(kB|MB|GB)$/.test(workMem)) throw new Error("BENCH_SCORING_WORK_MEM must read like 1GB or 256MB");

export type ScoringOptions = { scale: number; rounds: number; adds: number; preset: EvaluationPresetName };

/** `--scale=0.01` for a quick run (default 1: the national size); BENCH_SCORING_ROUNDS (3), BENCH_SCORING_ADDS (300). */
export function readScoringOptions(argv = process.argv.slice(2), env = process.env): ScoringOptions {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const scale = Number(flag("scale") ?? env.BENCH_SCORING_SCALE ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error("--scale must be a number above 0 and at most 1");
  const preset = (flag("preset") ?? "tongcheng2019") as EvaluationPresetName;
  if (!(preset in evaluationPresets)) throw new Error(`--preset must be one of ${Object.keys(evaluationPresets).join(", ")}`);
  return { scale, preset, rounds: bounded(env.BENCH_SCORING_ROUNDS, 3, 1, 10, "BENCH_SCORING_ROUNDS"), adds: bounded(env.BENCH_SCORING_ADDS, 300, 10, 5000, "BENCH_SCORING_ADDS") };
}

export async function scoringScale(options: BenchOptions): Promise<boolean> {
  const bench = readScoringOptions();
  const s = ledgerScale(bench.scale, year);
  const table = { ...evaluationPresets[bench.preset], year } as ReadonlyEvaluationTable;
  console.info(`\nscoring a duty ledger: ${grouped(s.members)} members in ${grouped(s.councils)} councils, ${grouped(s.entries)} entries (${bench.preset})…`);
  const t = await openTarget("postgres", options.postgresUrl);
  try {
    const handle = await createDb({ url: t.databaseUrl!, poolSize: 2 });
    const sql = postgres(t.databaseUrl!, { max: 1, onnotice: () => {} });
    try {
      await migrate(handle);
      const started = performance.now();
      await generateLedger(sql, s);
      await sql`insert into evaluation_table (council_id, year, status, document) select id, ${year}, 'published', ${sql.json(table as never)} from council`;
      console.info(`  generated in ${fixed((performance.now() - started) / 1000, 0)} s`);
      const full = await measureFull(handle, sql, s, table, bench.rounds);
      const adds = await measureAdds(handle, sql, s, bench.adds);
      return full && adds;
    } finally {
      await sql.end({ timeout: 5 });
      await handle.close();
    }
  } finally {
    await t.release();
  }
}

/** The plain aggregate a report would run: the same live entries of the year, each kind's clause points summed by member. */
async function plainAggregate(sql: postgres.Sql, table: ReadonlyEvaluationTable): Promise<number> {
  const points = table.clauses.map((c) => sql`(${c.kinds[0]!}::text, ${c.points}::numeric)`);
  let members = 0;
  await sql.begin(async (tx) => {
    // The scoring's own setting, so both sides group with the same memory.
    await tx.unsafe(`set local work_mem = '${workMem}'`);
    await tx`
      select l.member_id, sum(p.points) as total from duty_ledger_live l
      join (values ${points.reduce((a, b) => sql`${a}, ${b}`)}) as p(kind, points) on p.kind = l.kind
      where l.occurred_at >= ${`${year}-01-01T00:00:00+08:00`} and l.occurred_at < ${`${year + 1}-01-01T00:00:00+08:00`}
      group by l.council_id, l.member_id`.cursor(10_000, (rows) => {
      members += rows.length;
    });
  });
  return members;
}

async function measureFull(handle: DbHandle, sql: postgres.Sql, s: LedgerScale, table: ReadonlyEvaluationTable, rounds: number): Promise<boolean> {
  const councils = (await sql<{ id: string }[]>`select id from council order by id`).map((c) => ({ councilId: c.id, table }));
  const plain: number[] = [];
  const scoring: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let scored = 0;
  let aggregated = 0;
  let sample: { councilId: string; memberId: string; total: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    // Taking turns at going first, so a machine growing busier weighs on both alike.
    const sides = [
      async () => {
        const t0 = performance.now();
        aggregated = await plainAggregate(sql, table);
        plain.push(performance.now() - t0);
      },
      async () => {
        const t0 = performance.now();
        scored = 0;
        sample = [];
        await scoreLedger(handle.db, councils, year, async (batch) => {
          // About 50 members spread over the ledger, checked entry by entry after the runs.
          for (const m of batch) if (scored++ % Math.ceil(s.members / 50) === 0) sample.push({ councilId: m.councilId, memberId: m.memberId, total: m.totals.total });
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
        }, { workMem });
        scoring.push(performance.now() - t0);
      },
    ];
    for (const side of round % 2 ? sides.reverse() : sides) await side();
  }
  const mismatches = await checkSample(sql, sample, table);
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);
  const ratio = median(scoring) / median(plain);
  console.info(
    formatTable(
      ["whole ledger", "median s", "runs (s)", "members"],
      [
        ["plain SQL aggregate", fixed(median(plain) / 1000, 2), plain.map((x) => fixed(x / 1000, 1)).join(" "), grouped(aggregated)],
        ["scoring (domain, grouped)", fixed(median(scoring) / 1000, 2), scoring.map((x) => fixed(x / 1000, 1)).join(" "), grouped(scored)],
      ],
    ),
  );
  console.info(`  ratio ${fixed(ratio, 2)}× (target ≤ ${fullTarget}×); peak RSS ${fixed(peakRss / 2 ** 20, 0)} MiB (process max ${fixed(process.resourceUsage().maxRSS / 1024, 0)} MiB)`);
  console.info(`  ${sample.length} sampled members rescored entry by entry with scoreMember: ${mismatches === 0 ? "all equal" : `${mismatches} differ`}`);
  return ratio <= fullTarget && mismatches === 0 && scored === s.members;
}

/** Members' streamed totals against scoreMember over their entries read one by one. */
async function checkSample(sql: postgres.Sql, sample: { councilId: string; memberId: string; total: number }[], table: ReadonlyEvaluationTable): Promise<number> {
  let mismatches = 0;
  for (const m of sample) {
    const rows = await sql<{ id: string; kind: string; occurred_at: Date; role: string | null; signers: number | null; level: string | null }[]>`
      select id, kind, occurred_at, role, signers, level from duty_ledger_live where council_id = ${m.councilId} and member_id = ${m.memberId}`;
    const entries = rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      occurredAt: r.occurred_at.toISOString(),
      source: { table: "bench_source", id: r.id },
      ...(r.role ? { role: r.role as "lead" | "cosigner" } : {}),
      ...(r.signers != null ? { signers: r.signers } : {}),
      ...(r.level ? { level: r.level } : {}),
    }));
    const total = scoreMember(entries, table).total;
    if (total !== m.total || scoreMemberGroups(groupsOf(entries), table).total !== total) mismatches++;
  }
  return mismatches;
}

async function measureAdds(handle: DbHandle, sql: postgres.Sql, s: LedgerScale, n: number): Promise<boolean> {
  const members = await sql<{ council_id: string; member_id: string }[]>`
    select council_id, member_id from duty_ledger where (hashtext(member_id::text) & 255) = 7 group by council_id, member_id limit ${n}`;
  const at = new Date(`${year}-06-01T10:00:00+08:00`);
  const timings = { plain: [] as number[], scored: [] as number[], seam: [] as number[] };
  const row = (m: (typeof members)[number], i: number, what: string) => ({
    councilId: m.council_id,
    memberId: m.member_id,
    kind: "publicWelfare",
    occurredAt: at,
    sourceTable: "bench_add",
    sourceId: `${what}-${i}`,
    recordedAt: at,
  });
  const db = handle.db;
  for (let i = 0; i < n; i++) {
    const m = members[i % members.length]!;
    const sides = [
      // A single-row write: one ledger row in its own transaction.
      async () => timed(timings.plain, () => db.transaction((tx) => tx.insert(dutyLedger).values(row(m, i, "plain")))),
      // The same write with its member's stored score rescored from their grouped entries, in its transaction.
      async () =>
        timed(timings.scored, () =>
          db.transaction((tx) => appendAndRescore(tx, m.council_id, [row(m, i, "scored")], [{ memberId: m.member_id, year }], at)),
        ),
      // What a service does: the event seam's settlement (member lock, what is live for the source, append, rescore).
      async () => timed(timings.seam, () => db.transaction((tx) => settleDuty(tx, m.council_id, [dutyCredit(m.member_id, "publicWelfare", { table: "bench_seam", id: String(i) }, at)], at))),
    ];
    for (const side of i % 2 ? sides.reverse() : sides) await side();
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  };
  const [plain, scored, seam] = [stats(timings.plain), stats(timings.scored), stats(timings.seam)];
  console.info(
    formatTable(
      [`one entry (${n} each)`, "median ms", "p95 ms", "× plain (median)"],
      [
        ["plain single-row insert", fixed(plain.median, 2), fixed(plain.p95, 2), "1.00"],
        ["insert + score update", fixed(scored.median, 2), fixed(scored.p95, 2), fixed(scored.median / plain.median, 2)],
        ["through the event seam", fixed(seam.median, 2), fixed(seam.p95, 2), fixed(seam.median / plain.median, 2)],
      ],
    ),
  );
  const ratio = scored.median / plain.median;
  console.info(`  score update ratio ${fixed(ratio, 2)}× (target ≤ ${addTarget}×) over ${grouped(s.entries)} entries`);
  return ratio <= addTarget;
}

async function timed(into: number[], run: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await run();
  into.push(performance.now() - t0);
}
