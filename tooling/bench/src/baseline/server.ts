// The baseline: a bare node:http server in its own process answering /healthz and auth.me with
// the same SQL through the same driver as the app server, with nothing else in the way — no
// framework, no tRPC, no superjson, no security headers, no request log. What the app server
// costs beyond this is the price of those layers.
import { createHash } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import { openDriver, type Driver } from "./driver";
import { readSpec, type SessionQuery } from "./spec";

const spec = readSpec();
const driver = await openDriver(spec);

const server = createServer((req, res) => {
  const answer =
    req.url === "/healthz" ? healthz(driver) : req.url?.startsWith("/trpc/auth.me") ? me(driver, spec.session, req.headers.cookie) : undefined;
  if (!answer) return send(res, 404, { error: "not found" });
  answer.then(
    ({ status, body }) => send(res, status, body),
    (error: unknown) => {
      console.error(error);
      send(res, 500, { error: "internal" });
    },
  );
});

async function healthz(db: Driver) {
  try {
    await db.ping();
    return { status: 200, body: { ok: true, database: db.kind } };
  } catch {
    return { status: 503, body: { ok: false, database: db.kind } };
  }
}

/** resolveSession's query for the cookie's token, answered in tRPC's superjson envelope. */
async function me(db: Driver, query: SessionQuery, cookieHeader: string | undefined) {
  const token = cookieValue(cookieHeader, query.cookieName);
  let json: Record<string, Record<string, unknown>> | null = null;
  if (token && token.length <= 100) {
    const params = [...query.params];
    params[query.tokenParam] = createHash("sha256").update(token).digest("hex");
    params[query.nowParam] = new Date().toISOString();
    const [row] = await db.rows(query.text, params);
    if (row) {
      json = {};
      query.columns.forEach(({ table, key }, i) => {
        if (table !== "session") (json![table] ??= {})[key] = row[i];
      });
    }
  }
  return { status: 200, body: { result: { data: { json } } } };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

server.listen(spec.port, "127.0.0.1", () => console.info(`baseline (${driver.kind}) on http://127.0.0.1:${spec.port}`));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    // Close the database before exiting so PGlite leaves its directory consistent.
    server.close();
    server.closeAllConnections();
    void driver.close().finally(() => process.exit(0));
  });
}
