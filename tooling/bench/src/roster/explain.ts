import { appRouter, createCallerFactory, createContext } from "@cppcc/api";
import { schema, type DbHandle } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import { drizzle } from "drizzle-orm/pg-proxy";
import postgres from "postgres";
import { percentile } from "../lib/load";
import type { ListInput } from "./queries";

export type Statement = { text: string; params: unknown[] };

export type Plan = {
  /** The statement that reads members (the others read the session, the term, names and committees). */
  main: boolean;
  statement: Statement;
  lines: string[];
  executionMs: number;
  /** Shared buffers (8 KiB pages) the statement touched, hit or read. */
  buffers: number;
  /** Every index the plan reads, in plan order; "Seq Scan on x" when it scans a table. */
  access: string[];
};

// drizzle hands timestamps back as the driver's text and converts later; the proxy must do the same.
const asText = (value: string) => value;

/**
 * The SQL `roster.members.list` sends for one input, found by calling the real procedure (the
 * real router, context and service, signed in with the bench's session) over a driver that
 * runs each statement on the bench database and records it: what is explained is what the server
 * runs, not a copy written by hand.
 */
export async function captureListSql(databaseUrl: string, cookie: string, input: ListInput): Promise<Statement[]> {
  const client = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  for (const oid of [1184, 1082, 1083, 1114]) client.options.parsers[oid] = asText;
  const statements: Statement[] = [];
  try {
    const db = drizzle(
      async (text, params, method) => {
        statements.push({ text, params });
        const query = client.unsafe(text, params as never[]);
        return { rows: method === "all" ? await query.values() : await query };
      },
      { schema },
    ) as unknown as DbHandle["db"];
    const handle: DbHandle = { db, kind: "postgres", ping: async () => {}, exclusively: (_key, fn) => fn(), close: async () => {} };
    const token = cookie.slice(cookie.indexOf("=") + 1);
    const ctx = await createContext({
      db: handle,
      cookies: { get: (name) => (name === sessionCookieName ? token : undefined), set: () => {}, clear: () => {} },
      request: { ip: "127.0.0.1", userAgent: "cppcc-bench" },
    });
    await createCallerFactory(appRouter)(ctx).roster.members.list(input);
    return statements;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement with its own parameters (a custom plan, as the server's unnamed statements get). */
export async function explainAll(databaseUrl: string, statements: Statement[]): Promise<Plan[]> {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const plans: Plan[] = [];
    for (const s of statements) {
      // Warm once, so the figures are those of a server that has run this query before.
      await client.unsafe(s.text, s.params as never[]);
      const rows = await client.unsafe<{ "QUERY PLAN": string }[]>(`explain (analyze, buffers) ${s.text}`, s.params as never[]);
      const lines = rows.map((r) => r["QUERY PLAN"]);
      const text = lines.join("\n");
      const buffers = lines.find((l) => /^\s*Buffers:/.test(l)) ?? "";
      const count = (kind: string) => Number(buffers.match(new RegExp(`${kind}=(\\d+)`))?.[1] ?? 0);
      plans.push({
        main: /from "member"/.test(s.text) && /order by/i.test(s.text),
        statement: s,
        lines,
        executionMs: Number(text.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? Number.NaN),
        buffers: count("hit") + count("read"),
        access: [...text.matchAll(/(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)?(?: using| on) (\S+)|Seq Scan on (\S+)/g)].map(
          ([, index, table]) => (index ? index : `Seq Scan on ${table}`),
        ),
      });
    }
    return plans;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * Each side's statement `runs` times under EXPLAIN (ANALYZE, TIMING OFF), one connection per
 * side, the sides taking turns so that other work on the machine falls on both alike. Returns
 * each side's median of planning + execution time in ms as Postgres reports them (the server's
 * statements are unnamed, so each is planned every time): no client, network or scheduling of
 * this process in it.
 */
export async function medianSqlMs(sides: { databaseUrl: string; statement: Statement }[], runs: number): Promise<number[]> {
  const clients = sides.map((s) => postgres(s.databaseUrl, { max: 1, onnotice: () => {} }));
  try {
    const times: number[][] = sides.map(() => []);
    for (let i = -5; i < runs; i++) {
      for (const [k, side] of sides.entries()) {
        const rows = await clients[k]!.unsafe<{ "QUERY PLAN": string }[]>(`explain (analyze, timing off, summary on) ${side.statement.text}`, side.statement.params as never[]);
        const text = rows.map((r) => r["QUERY PLAN"]).join("\n");
        const ms = Number(text.match(/Planning Time: ([\d.]+) ms/)?.[1]) + Number(text.match(/Execution Time: ([\d.]+) ms/)?.[1]);
        // The first few warm the connection and its caches.
        if (i >= 0 && Number.isFinite(ms)) times[k]!.push(ms);
      }
    }
    return times.map((t) => percentile(t.sort((a, b) => a - b), 0.5));
  } finally {
    await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
  }
}
