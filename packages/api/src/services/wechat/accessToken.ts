import type { Clock } from "../../context";
import { systemClock } from "../../context";

/** Refetched this long before WeChat says it expires, so a message never carries a token that dies in flight. */
const marginMs = 5 * 60_000;

type Token = { accessToken: string; expiresAt: number };

/**
 * The access token, fetched with /cgi-bin/stable_token and kept in this process until shortly before it expires.
 * stable_token (normal mode) hands every caller the same token while it is valid and never invalidates the one
 * other servers hold, unlike /cgi-bin/token, which revokes the previous token on each call: so each server may
 * keep its own copy and nothing needs sharing through the database. Concurrent callers share one fetch.
 */
export function accessTokenCache(config: { appId: string; appSecret: string; apiBase: string }, clock: Clock = systemClock) {
  let cached: Token | null = null;
  let inFlight: Promise<Token | { problem: string; code: number }> | null = null;

  const fetchToken = async (): Promise<Token | { problem: string; code: number }> => {
    try {
      const res = await fetch(`${config.apiBase.replace(/\/+$/, "")}/cgi-bin/stable_token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ grant_type: "client_credential", appid: config.appId, secret: config.appSecret, force_refresh: false }),
        signal: AbortSignal.timeout(10_000),
      });
      const answer = (await res.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
      if (!answer.access_token) return { problem: `获取微信 access_token 失败（${answer.errcode ?? res.status} ${answer.errmsg ?? ""}），请检查 WECHAT_APP_ID / WECHAT_APP_SECRET`, code: answer.errcode ?? -1 };
      return { accessToken: answer.access_token, expiresAt: clock.now().getTime() + (answer.expires_in ?? 7200) * 1000 };
    } catch (error) {
      return { problem: `获取微信 access_token 时无应答（${error instanceof Error ? error.message : String(error)}）`, code: -1 };
    }
  };

  return {
    get: async (): Promise<Token | { problem: string; code: number }> => {
      if (cached && cached.expiresAt - marginMs > clock.now().getTime()) return cached;
      inFlight ??= fetchToken().finally(() => (inFlight = null));
      const got = await inFlight;
      if ("accessToken" in got) cached = got;
      return got;
    },
    /** WeChat said this token is no longer valid: the next `get` fetches (a newer one may already be cached). */
    drop: (accessToken: string) => {
      if (cached?.accessToken === accessToken) cached = null;
    },
  };
}
