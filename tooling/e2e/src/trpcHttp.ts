import { demoPassword } from "./login";

/**
 * The API as a script reaches it: tRPC over plain HTTP with superjson's envelope (`{ json }`),
 * signed in with the session cookie `auth.login` sets. For setting up what a journey needs
 * (an extra login) and reading ids, never for the steps the journey shows in the browser.
 */
export type HttpApi = {
  query: <T>(path: string, input?: unknown) => Promise<T>;
  mutate: <T>(path: string, input?: unknown) => Promise<T>;
};

type Envelope = { result?: { data?: { json?: unknown } }; error?: { json?: { message?: string } } };

async function unwrap<T>(path: string, response: Response): Promise<T> {
  const body = (await response.json()) as Envelope;
  if (!response.ok || body.error) throw new Error(`${path}: ${body.error?.json?.message ?? response.status}`);
  return body.result?.data?.json as T;
}

function client(base: string, cookie: string): HttpApi {
  return {
    query: async (path, input) => {
      const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      return unwrap(path, await fetch(`${base}/trpc/${path}${query}`, { headers: { cookie } }));
    },
    mutate: async (path, input) =>
      unwrap(
        path,
        await fetch(`${base}/trpc/${path}`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({ json: input ?? null }),
        }),
      ),
  };
}

/** Signs in over HTTP and returns a client carrying that session. */
export async function apiSignIn(base: string, username: string, password = demoPassword): Promise<HttpApi> {
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password } }),
  });
  await unwrap("auth.login", response);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  if (!cookie) throw new Error(`auth.login: no session cookie for ${username}`);
  return client(base, cookie);
}

/**
 * A login opened as the office opens one (account.create), then taken over as its owner does at
 * first login: the handed-over password replaced by the demo password, so journeys sign in as usual.
 */
export async function openLogin(base: string, admin: HttpApi, account: { username: string; role: string; memberId: string }) {
  const handedOver = "Handed-over-1";
  await admin.mutate("account.create", { ...account, password: handedOver });
  const owner = await apiSignIn(base, account.username, handedOver);
  await owner.mutate("auth.changePassword", { currentPassword: handedOver, newPassword: demoPassword });
}
