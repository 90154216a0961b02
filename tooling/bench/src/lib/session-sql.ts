import { createHash } from "node:crypto";
import { resolveSession } from "@cppcc/api";
import { schema, type DbHandle } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import { drizzle } from "drizzle-orm/pg-proxy";
import type { SessionQuery } from "../baseline/spec";

/**
 * Runs the real resolveSession against a driver that only records what it is asked, so the
 * baseline sends exactly the SQL auth.me sends — a copy written by hand would drift.
 */
export async function captureSessionQuery(): Promise<SessionQuery> {
  const calls: { sql: string; params: unknown[] }[] = [];
  const db = drizzle(
    async (sql, params) => {
      calls.push({ sql, params });
      return { rows: [] };
    },
    { schema },
  ) as unknown as DbHandle["db"];
  const handle: DbHandle = { db, kind: "postgres", ping: async () => {}, exclusively: (_key, fn) => fn(), close: async () => {} };

  const probeToken = "bench-probe-token";
  const probeNow = new Date(Date.UTC(2001, 0, 1));
  await resolveSession(handle, probeToken, probeNow);

  const [call] = calls;
  if (!call || calls.length !== 1) throw new Error(`resolveSession sent ${calls.length} queries for an unknown token; the baseline expects one`);
  // The baseline hashes the cookie itself; finding our SHA-256 among the parameters proves it hashes alike.
  const tokenParam = call.params.indexOf(createHash("sha256").update(probeToken).digest("hex"));
  const nowParam = call.params.indexOf(probeNow.toISOString());
  if (tokenParam < 0 || nowParam < 0) {
    throw new Error(`resolveSession's parameters changed shape (${JSON.stringify(call.params)}); update the baseline`);
  }
  const params = call.params.map((p) => {
    if (p === null || ["string", "number", "boolean"].includes(typeof p)) return p as string | number | boolean | null;
    throw new Error(`resolveSession passes a ${typeof p} parameter, which the baseline cannot receive as JSON`);
  });
  return { cookieName: sessionCookieName, text: call.sql, params, tokenParam, nowParam, columns: selectedColumns(call.sql) };
}

/** `select "account"."display_name", …  from` → [{ table: "account", key: "displayName" }, …]. */
function selectedColumns(sql: string): SessionQuery["columns"] {
  const list = sql.slice(0, sql.search(/\sfrom\s/i));
  return [...list.matchAll(/"(\w+)"\."(\w+)"/g)].map(([, table = "", column = ""]) => ({
    table,
    key: column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()),
  }));
}
