// Fan-out of one event to 5,000 members' inboxes, and the day's digests for 5,000 people (issue 11,
// "Checked from outside"), each against a plain insert of the same rows in the same run: the
// target is at most 2× the plain insert. In process, on the database itself: what is measured is
// the SQL the jobs run, not HTTP.
import { createDb, type DbHandle, type DbKind } from "@cppcc/db";
import { buildDigests, fanOut } from "@cppcc/api";
import { addDays } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { prepareDatabase } from "../checkin/prepare";
import { percentile } from "../lib/load";
import { fixed, formatTable } from "../lib/table";
import { openTarget } from "../lib/target";
import { bounded, onEveryKind, type BenchOptions } from "../options";
import { plainDigests, plainFanOut, rowsOf, type Db } from "./plain";

const target = 2;

export type NotificationBenchOptions = { people: number; rounds: number };

/** BENCH_NOTIFY_PEOPLE (5000) recipients; BENCH_NOTIFY_ROUNDS (5) measured rounds after one warm-up. */
export function readNotificationOptions(env = process.env): NotificationBenchOptions {
  return {
    people: bounded(env.BENCH_NOTIFY_PEOPLE, 5000, 100, 50_000, "BENCH_NOTIFY_PEOPLE"),
    rounds: bounded(env.BENCH_NOTIFY_ROUNDS, 5, 1, 50, "BENCH_NOTIFY_ROUNDS"),
  };
}

export async function notificationScale(options: BenchOptions): Promise<boolean> {
  const bench = readNotificationOptions();
  return onEveryKind(options, (kind) => notificationOn(kind, options, bench));
}

type Timings = { job: number[]; plain: number[] };

async function notificationOn(kind: DbKind, options: BenchOptions, bench: NotificationBenchOptions): Promise<boolean> {
  console.info(`\nnotification fan-out and digests on ${kind}: ${bench.people} people, ${bench.rounds} rounds…`);
  const t = await openTarget(kind, options.postgresUrl);
  try {
    // A larger roster than logins: the roster grows by copying ordinary members, and some already have a login.
    await prepareDatabase(t, Math.ceil(bench.people * 1.25), bench.people);
    const handle = await createDb(kind === "postgres" ? { url: t.databaseUrl, poolSize: 2 } : { dataDir: t.dataDir });
    try {
      return await measure(handle, kind, bench);
    } finally {
      await handle.close();
    }
  } finally {
    await t.release();
  }
}

async function measure(handle: DbHandle, kind: DbKind, bench: NotificationBenchOptions): Promise<boolean> {
  const db = handle.db as Db;
  const [city] = await rowsOf<{ council_id: string }>(db, sql`select council_id from account where username = 'admin'`);
  const councilId = city!.council_id;
  const people = await rowsOf<{ account_id: string; member_id: string }>(
    db,
    sql`select id as account_id, member_id from account where council_id = ${councilId} and username like 'checkin-%' order by id`,
  );
  // Everyone takes invitations in the daily digest, so the fan-out also writes what the digest reads.
  await db.execute(
    sql`insert into notification_preference (council_id, account_id, kind, delivery)
      select ${councilId}::uuid, id, 'consultation.invited', 'digest' from account where council_id = ${councilId} and username like 'checkin-%'`,
  );
  const fan: Timings = { job: [], plain: [] };
  const digest: Timings = { job: [], plain: [] };
  let day = "2025-07-01";
  for (let round = 0; round <= bench.rounds; round++) {
    // Each round: two consultations inviting everyone, one notified by the job and one by plain inserts,
    // taking turns at going first so a machine growing busier weighs on both alike.
    const [a, b] = [await consultationFor(db, councilId, people, round, "a"), await consultationFor(db, councilId, people, round, "b")];
    // What autovacuum keeps up to date on a live Postgres (PGlite has none; its server would want the same):
    // without it, tables filled a moment ago look empty to the planner, which then loops where it should hash.
    await db.execute(sql`analyze`);
    const now = new Date(`${day}T02:00:00Z`);
    const sides = [
      async () => timed(() => db.transaction((tx) => fanOut(tx, councilId, { kind: "consultation.invited", event: `consultation.invited:${a}`, data: { consultationId: a } }, { now, channels: false })), fan.job, round, people.length),
      async () => timed(() => db.transaction((tx) => plainFanOut(tx, councilId, b, people, now)), fan.plain, round, people.length),
    ];
    for (const side of round % 2 === 0 ? sides : sides.reverse()) await side();
    // The digests: the job over the day of consultation a's notifications; plain inserts of the same rows for b's.
    const nextDay = addDays(day, 1);
    const digestSides = [
      async () => {
        await moveDay(db, a, day);
        await timed(() => db.transaction((tx) => buildDigests(tx, councilId, day, { now: new Date(`${nextDay}T00:30:00+08:00`), channels: true })), digest.job, round, people.length);
      },
      async () => timed(() => db.transaction((tx) => plainDigests(tx, councilId, b, nextDay)), digest.plain, round, people.length),
    ];
    for (const side of round % 2 === 0 ? digestSides : digestSides.reverse()) await side();
    day = addDays(day, 2);
  }
  return report(kind, bench, people.length, fan, digest);
}

/** A planned consultation with every member of the bench invited, written directly (the setup is not measured). */
async function consultationFor(db: Db, councilId: string, people: { member_id: string }[], round: number, side: string): Promise<string> {
  const [c] = await rowsOf<{ id: string }>(
    db,
    sql`insert into consultation (council_id, format_code, title, year, level, mode, state)
      values (${councilId}, 'topicalConsultation', ${`通知基准第${round}轮${side}`}, 2025, 'city', 'offline', 'planned') returning id`,
  );
  await db.execute(
    sql`insert into consultation_invitation (council_id, consultation_id, member_id)
      select ${councilId}::uuid, ${c!.id}::uuid, m.id from account a join member m on m.id = a.member_id
      where a.council_id = ${councilId} and a.username like 'checkin-%'`,
  );
  void people;
  return c!.id;
}

/** The job's notifications were written at its clock's time; the digest's day is the day they fall in. */
async function moveDay(db: Db, consultationId: string, day: string) {
  await db.execute(sql`update notification set created_at = ${`${day}T12:00:00+08:00`}::timestamptz where link ->> 'path' = ${`/activities/${consultationId}`}`);
}

async function timed(run: () => Promise<unknown>, into: number[], round: number, expected: number) {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  if (typeof result === "number" && result !== expected) throw new Error(`round ${round}: ${result} rows written, expected ${expected}`);
  if (round > 0) into.push(ms);
}

function report(kind: DbKind, bench: NotificationBenchOptions, people: number, fan: Timings, digest: Timings): boolean {
  const median = (xs: number[]) => percentile([...xs].sort((x, y) => x - y), 0.5);
  const ratio = (t: Timings) => median(t.job.map((j, i) => j / (t.plain[i] ?? j)));
  const rows = [
    ["fan-out: one invitation to every member", fixed(median(fan.job), 1), fixed(median(fan.plain), 1), fixed(ratio(fan), 2)],
    ["digests: one day for every member", fixed(median(digest.job), 1), fixed(median(digest.plain), 1), fixed(ratio(digest), 2)],
  ];
  const met = ratio(fan) <= target && ratio(digest) <= target;
  console.info(
    [
      "",
      `notifications — ${kind}; ${people} people, ${bench.rounds} rounds after one warm-up; median ms per statement's transaction, and the median of each round's ratio`,
      formatTable(["", "job ms", "plain insert ms", "ratio"], rows),
      `target: ratio ≤ ${target}× — ${met ? "met" : "NOT met"}`,
    ].join("\n"),
  );
  return met;
}
