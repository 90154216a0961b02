import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createTestApi, type TestApi } from "@cppcc/api/testing";
import { addDays, shanghaiDate, type ProposalState } from "@cppcc/domain";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Jobs with two servers up: both poll the same Postgres every 200 ms, both schedule the day's
 * overdue scan, and the scan runs once — one timeline line and one audit row per overdue task.
 * PGlite belongs to one process, so this needs DATABASE_URL.
 */
const skip = !process.env.DATABASE_URL;
if (skip) console.warn("jobs: the two-server job test is skipped, it needs DATABASE_URL=postgres://…");

type Running = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(url: string): Promise<Running> {
  const env = { ...process.env, DATABASE_URL: url, PORT: "0", LOG_LEVEL: "info", JOB_POLL_MS: "200", SEED_DEMO: "" };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: join(import.meta.dirname, ".."), env });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (/办公室管理端/.test(out)) resolve({ child, output: () => out, exited });
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited early (${code}):\n${out}`)));
  });
}

/** Jobs a server reports having run, from its "jobs ran" log lines. */
const jobsDone = (s: Running) =>
  [...s.output().matchAll(/"jobs":\{"done":(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);

let api: TestApi | undefined;
let sql: postgres.Sql | undefined;
let servers: Running[] = [];
afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill("SIGTERM");
  await Promise.all(servers.map((s) => s.exited));
  await sql?.end();
  await api?.close();
});

describe.skipIf(skip)("jobs with two servers on one Postgres", () => {
  it("run a due job exactly once", async () => {
    api = await createTestApi();
    sql = postgres(api.db.url!, { max: 2, onnotice: () => {} });
    const overdueId = await overdueProposal(api, sql);
    servers = await Promise.all([startServer(api.db.url!), startServer(api.db.url!)]);
    const scanKey = `overdue-scan:${shanghaiDate(new Date())}`;

    const scanDone = async () => (await sql!`select done_at from outbox where council_id = ${api!.councilId} and key = ${scanKey}`)[0]?.done_at ?? null;
    await expect.poll(scanDone, { timeout: 30_000, interval: 100 }).not.toBeNull();
    // Both keep polling (and scheduling) for a while after: nothing runs a second time.
    await new Promise((r) => setTimeout(r, 1500));

    const lines = await sql<{ role: string }[]>`
      select detail ->> 'role' as role from proposal_event where proposal_id = ${overdueId} and type = 'overdue' order by role`;
    expect(lines.map((l) => l.role)).toEqual(["co", "lead"]);
    const audits = await sql`select 1 from audit_log where action = 'proposal.overdue' and entity_id = ${overdueId}`;
    expect(audits).toHaveLength(2);
    // Every council's scan for today, each enqueued by both servers, kept once and run once.
    const scans = await sql`select council_id, key, attempts, last_error, done_at from outbox where kind = 'overdue-scan'`;
    const councils = await sql`select id from council`;
    expect(scans).toHaveLength(councils.length);
    expect(scans.every((s) => s.key === scanKey && s.attempts === 0 && s.last_error === null && s.done_at !== null)).toBe(true);

    for (const s of servers) s.child.kill("SIGTERM");
    expect(await Promise.all(servers.map((s) => s.exited))).toEqual([0, 0]);
    // The scans leave work of their own (the overdue notices' fan-out, reminders): once stopped, the jobs
    // both servers say they ran are exactly the outbox rows done, so none ran on both.
    const [done] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where done_at is not null`;
    expect(done!.n).toBeGreaterThan(councils.length);
    expect(servers.map(jobsDone).reduce((a, b) => a + b, 0)).toBe(done!.n);
  });
});

/** A proposal assigned to a lead and a co-unit, its dates moved back so both tasks are overdue today. */
async function overdueProposal(api: TestApi, sql: postgres.Sql): Promise<string> {
  const { caller: admin } = await api.loginAs("admin");
  const [session] = await sql`
    select s.id from term_session s join term t on t.id = s.term_id
    where s.council_id = ${api.councilId} and t.number = 13 and s.number = 5`;
  const [proposer] = await sql`select id from member where council_id = ${api.councilId} and status = 'active' order by id limit 1`;
  const units = await sql`select id from handling_unit where council_id = ${api.councilId} order by id limit 2`;
  let p = await admin.proposal.create({
    sessionId: session!.id as string,
    proposer: { kind: "member", memberId: proposer!.id as string },
    title: "关于加快老旧小区路灯改造的建议",
    situation: "城区部分老旧小区路灯年久失修，夜间照明不足，居民出行存在安全隐患，群众反映强烈。",
    suggestions: "一是开展全面排查建立台账；二是纳入年度民生实事项目分批改造；三是明确后续维护责任单位。",
    category: "urbanRural",
    isLivelihood: true,
  });
  p = await admin.proposal.submit({ id: p.id, version: p.version });
  p = await admin.proposal.startReview({ id: p.id, version: p.version });
  p = await admin.proposal.file({ id: p.id, version: p.version });
  p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: units[0]!.id as string, coUnitIds: [units[1]!.id as string] } });
  // A deadline that has passed cannot be set through the API; the calendar moving on is what makes it overdue.
  const [row] = await sql<{ state: ProposalState }[]>`select state from proposal where id = ${p.id}`;
  const today = shanghaiDate(new Date());
  const state = { ...row!.state, assignment: { ...row!.state.assignment!, assignedOn: addDays(today, -200) }, dueOn: addDays(today, -10) };
  await sql`update proposal set state = ${sql.json(state)}, due_on = ${state.dueOn} where id = ${p.id}`;
  return p.id;
}
