/** What a tRPC call over HTTP answered, and which server answered it. */
export type Answer = { status: number; body: TrpcBody; base: string; setCookie: string | null };
type TrpcBody = { result?: { data: { json: unknown } }; error?: { json: { message: string; data?: { code?: string } } } };

/**
 * A connection a server never answered: refused (the process is gone), or reset/closed while
 * the request was in flight (killed mid-request). The write may or may not have happened, so the
 * caller sends it again to the next server; every step used here counts a repeat once.
 */
function unanswered(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return error instanceof TypeError && ["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET", "EPIPE"].includes(cause?.code ?? "");
}

/**
 * Calls a procedure on `bases[first]`, moving on to the next server while one does not answer
 * (each at most twice around). `GET` for queries, `POST` for mutations, as the apps send them.
 */
export async function call(
  bases: readonly string[],
  first: number,
  path: string,
  input: unknown,
  options: { cookie?: string; method?: "GET" | "POST" } = {},
): Promise<Answer> {
  const method = options.method ?? "POST";
  const query = method === "GET" && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : "";
  let lastError: unknown;
  for (let attempt = 0; attempt < bases.length * 2; attempt++) {
    const base = bases[(first + attempt) % bases.length]!;
    try {
      const res = await fetch(`${base}/trpc/${path}${query}`, {
        method,
        headers: { ...(method === "POST" ? { "content-type": "application/json" } : {}), ...(options.cookie ? { cookie: options.cookie } : {}) },
        body: method === "POST" ? JSON.stringify({ json: input }) : undefined,
      });
      return { status: res.status, body: (await res.json()) as TrpcBody, base, setCookie: res.headers.get("set-cookie") };
    } catch (error) {
      if (!unanswered(error)) throw error;
      lastError = error;
    }
  }
  throw new Error(`no server answered ${path}: ${String(lastError)}`);
}

/** The procedure's result; anything but 200 fails with the server's own (Chinese) message. */
export async function ok<T>(answer: Promise<Answer>): Promise<T> {
  const { status, body, base } = await answer;
  if (status !== 200 || !body.result) throw new Error(`${base} answered ${status}: ${body.error?.json.message ?? JSON.stringify(body)}`);
  return body.result.data.json as T;
}

/** Signs in over HTTP and returns the session cookie (name=value). */
export async function login(bases: readonly string[], first: number, username: string, password: string): Promise<string> {
  const answer = await call(bases, first, "auth.login", { username, password });
  await ok(Promise.resolve(answer));
  return answer.setCookie!.split(";")[0]!;
}
