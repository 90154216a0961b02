import { appRouter, createCallerFactory, createContext } from "@cppcc/api";
import { schema, type Db, type DbHandle } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { ProposalQuery } from "./queries";

export type Statement = { text: string; params: unknown[] };

export type Plan = {
  /** The statement that reads the proposal table (the others read names, sessions, units, the rule set). */
  main: boolean;
  statement: Statement;
  lines: string[];
  executionMs: number;
  /** Shared buffers (8 KiB pages) the statement touched, hit or read. */
  buffers: number;
};

/**
 * The SQL a procedure sends for one input, found by calling the real procedure (the real router,
 * context and service, signed in with the bench's session) through a postgres-js client that
 * records every statement it sends: what is explained is what the server runs, transaction and
 * settings included, not a copy written by hand.
 */
export async function captureSql(databaseUrl: string, cookie: string, query: ProposalQuery): Promise<Statement[]> {
  const statements: Statement[] = [];
  let recording = false;
  const client = postgres(databaseUrl, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, text, params) => {
      if (recording) statements.push({ text, params: [...(params as unknown[])] });
    },
  });
  try {
    const db = drizzle({ client, schema }) as unknown as Db;
    const handle: DbHandle = { db, kind: "postgres", ping: async () => {}, exclusively: (_key, fn) => fn(), close: async () => {} };
    const token = cookie.slice(cookie.indexOf("=") + 1);
    const ctx = await createContext({
      db: handle,
      cookies: { get: (name) => (name === sessionCookieName ? token : undefined), set: () => {}, clear: () => {} },
      request: { ip: "127.0.0.1", userAgent: "cppcc-bench" },
    });
    recording = true;
    const caller = createCallerFactory(appRouter)(ctx).proposal;
    if (query.procedure === "list") await caller.list(query.input as Parameters<typeof caller.list>[0]);
    else if (query.procedure === "statistics") await caller.statistics(query.input as Parameters<typeof caller.statistics>[0]);
    else await caller.similar(query.input as Parameters<typeof caller.similar>[0]);
    return statements;
  } finally {
    await client.end({ timeout: 5 });
  }
}

const isMain = (text: string) => /from "proposal"(\s|$)/.test(text);
const isControl = (text: string) => /^\s*(begin|commit|rollback|savepoint|release)\b/i.test(text);
/** Statements that only set something for the transaction (the trigram thresholds). */
const isSetup = (text: string) => !/^\s*select\b/i.test(text) || /set_config\(/.test(text);

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each SELECT with its own parameters (a custom plan, as the
 * server's unnamed statements get), replayed in one transaction so settings the service makes
 * for its transaction (the trigram thresholds) hold. Each SELECT runs once first, so the figures
 * are those of a server that has run it before.
 */
export async function explainAll(databaseUrl: string, statements: Statement[]): Promise<Plan[]> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const plans: Plan[] = [];
  try {
    await client.begin(async (tx) => {
      for (const s of statements) {
        if (isControl(s.text)) continue;
        const params = s.params as never[];
        if (isSetup(s.text)) {
          await tx.unsafe(s.text, params, { prepare: false });
          continue;
        }
        await tx.unsafe(s.text, params, { prepare: false });
        const rows = await tx.unsafe<{ "QUERY PLAN": string }[]>(`explain (analyze, buffers) ${s.text}`, params, { prepare: false });
        const lines = rows.map((r) => r["QUERY PLAN"]);
        const all = lines.join("\n");
        const buffers = lines.find((l) => /^\s*Buffers:/.test(l)) ?? "";
        const count = (kind: string) => Number(buffers.match(new RegExp(`${kind}=(\\d+)`))?.[1] ?? 0);
        plans.push({
          main: isMain(s.text),
          statement: s,
          lines,
          executionMs: Number(all.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? Number.NaN),
          buffers: count("hit") + count("read"),
        });
      }
    });
    return plans;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** The indexes (or sequential scans) a plan reads, in plan order. */
export function accessPaths(plan: Plan): string[] {
  return [...plan.lines.join("\n").matchAll(/(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)?(?: using| on) (\S+)|Seq Scan on (\S+)/g)].map(
    ([, index, table]) => (index ? index : `Seq Scan on ${table}`),
  );
}

/**
 * The proposal statement alone, `runs` times per side on one connection each, the sides taking
 * turns, each side's transaction set up as the service sets it (the trigram thresholds): the
 * database's share of a request without the server's, p50 in ms per side.
 */
export async function timeAlternating(sides: { databaseUrl: string; statements: Statement[] }[], runs: number): Promise<number[]> {
  const clients = sides.map((s) => postgres(s.databaseUrl, { max: 1, onnotice: () => {} }));
  try {
    const reserved = await Promise.all(clients.map((c) => c.reserve()));
    const mains = sides.map((s) => s.statements.find((x) => isMain(x.text) && !isSetup(x.text)));
    const times: number[][] = sides.map(() => []);
    await Promise.all(reserved.map((r) => r.unsafe("begin")));
    for (const [i, side] of sides.entries()) {
      for (const s of side.statements.filter((x) => !isControl(x.text) && isSetup(x.text))) {
        await reserved[i]!.unsafe(s.text, s.params as never[], { prepare: false });
      }
    }
    for (let run = 0; run < runs; run++) {
      for (const [i, main] of mains.entries()) {
        if (!main) continue;
        const started = process.hrtime.bigint();
        await reserved[i]!.unsafe(main.text, main.params as never[], { prepare: false });
        times[i]!.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    await Promise.all(reserved.map((r) => r.unsafe("commit")));
    reserved.forEach((r) => r.release());
    return times.map((t) => {
      const sorted = t.sort((a, b) => a - b);
      return sorted.length === 0 ? Number.NaN : (sorted[Math.ceil(sorted.length / 2) - 1] ?? Number.NaN);
    });
  } finally {
    await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
  }
}
