import { demoPassword } from "@cppcc/db/seed";
import { sessionCookieName } from "@cppcc/domain";

// Just enough of tRPC's HTTP wire (superjson envelopes) to log in and read auth.me once.

/** Logs in as the demo admin and returns the `cppcc_session=…` pair for a Cookie header. */
export async function loginAsAdmin(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username: "admin", password: demoPassword } }),
    signal: AbortSignal.timeout(30_000),
  });
  const pair = res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${sessionCookieName}=`));
  if (!res.ok || !pair) throw new Error(`login as admin failed: HTTP ${res.status} ${await res.text()}`);
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
