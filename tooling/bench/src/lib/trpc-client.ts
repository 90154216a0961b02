import { demoPassword } from "@cppcc/db/seed";
import { sessionCookieName } from "@cppcc/domain";

// Just enough of tRPC's HTTP wire (superjson envelopes) to log in, read auth.me once and send a step.

/** Logs in as the demo admin and returns the `cppcc_session=…` pair for a Cookie header. */
export const loginAsAdmin = (base: string) => loginAs(base, "admin");

/** Logs in as an account with the demo password and returns the `cppcc_session=…` pair. */
export async function loginAs(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password: demoPassword } }),
    signal: AbortSignal.timeout(30_000),
  });
  const pair = res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${sessionCookieName}=`));
  if (!res.ok || !pair) throw new Error(`login as ${username} failed: HTTP ${res.status} ${await res.text()}`);
  return pair;
}

/** auth.me's answer (the `json` inside the superjson envelope); fails unless it is the admin. */
export async function readMe(base: string, cookie: string): Promise<unknown> {
  const res = await fetch(`${base}/trpc/auth.me`, { headers: { cookie }, signal: AbortSignal.timeout(10_000) });
  const body = (await res.json()) as { result?: { data?: { json?: { account?: { username?: string } } | null } } };
  const me = body.result?.data?.json;
  if (!res.ok || me?.account?.username !== "admin") throw new Error(`auth.me at ${base} did not return the admin: ${JSON.stringify(body)}`);
  return me;
}

/** A step (POST) and its answer; anything but 200 stops the run with the server's own message. */
export async function mutate<T>(base: string, path: string, input: unknown, cookie: string): Promise<T> {
  const res = await fetch(`${base}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ json: input }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await res.json()) as { result?: { data?: { json?: unknown } }; error?: { json?: { message?: string } } };
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${body.error?.json?.message ?? JSON.stringify(body).slice(0, 300)}`);
  return body.result?.data?.json as T;
}
