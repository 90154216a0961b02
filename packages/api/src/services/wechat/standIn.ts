import { randomBytes, randomInt } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { WechatConfig } from "./gateway";

/** One template message the stand-in accepted, as WeChat would hold it. */
export type ReceivedWechat = { openid: string; templateId: string; url: string | null; data: Record<string, string>; msgId: string };

/** What the next template send gets: an errcode, no answer at all, or accepted and then no answer. */
export type WechatFault = { errcode: number; errmsg: string } | "drop" | "acceptThenDrop";

export type WechatStandIn = {
  config: WechatConfig;
  received: ReceivedWechat[];
  /** Template sends that reached it, accepted or not. */
  sends: number;
  /** Access tokens handed out by stable_token (a new one only once the last expired or was revoked). */
  tokensIssued: number;
  /** Openids that follow the account; a send to anyone else is 43004, as WeChat answers. */
  followers: Set<string>;
  /** The person "in WeChat" whom the authorize page identifies (the next OAuth redirect carries a code for them). */
  signedInOpenid: string;
  failNext: (...faults: WechatFault[]) => void;
  /** WeChat revokes the current token (as when someone calls /cgi-bin/token elsewhere): the next send gets 40001. */
  revokeToken: () => void;
  close: () => Promise<void>;
};

const appId = "wx-stand-in-app";
const appSecret = "stand-in-secret";

/**
 * A server on the loopback address that speaks the 公众号 HTTP API as the gateway calls it: stable_token,
 * template message send, the web OAuth authorize redirect and its code exchange, with WeChat's errcodes
 * (40001 for a stale token, 43004 for someone not following, 40163 for a code used twice). Tests and the
 * e2e server point WECHAT_API_BASE and WECHAT_OAUTH_BASE at it; nothing reaches WeChat.
 */
export async function startWechatStandIn(options: { followers?: string[]; signedInOpenid?: string } = {}): Promise<WechatStandIn> {
  const faults: WechatFault[] = [];
  let token: { value: string; expiresAt: number } | null = null;
  const codes = new Map<string, { openid: string; used: boolean }>();
  const state: WechatStandIn = {
    config: { appId, appSecret, templateId: "TEMPLATE_NOTICE", apiBase: "", oauthBase: "" },
    received: [],
    sends: 0,
    tokensIssued: 0,
    followers: new Set(options.followers ?? []),
    signedInOpenid: options.signedInOpenid ?? "o-stand-in-member",
    failNext: (...f) => void faults.push(...f),
    revokeToken: () => void (token = null),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answer = (body: Record<string, unknown>) => {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      const url = new URL(req.url ?? "/", "http://stand-in");
      const q = url.searchParams;
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      } catch {
        return answer({ errcode: 47001, errmsg: "data format error" });
      }

      if (url.pathname === "/cgi-bin/stable_token" && req.method === "POST") {
        if (body.appid !== appId) return answer({ errcode: 40013, errmsg: "invalid appid" });
        if (body.secret !== appSecret) return answer({ errcode: 40125, errmsg: "invalid appsecret" });
        if (!token || token.expiresAt <= Date.now() || body.force_refresh === true) {
          token = { value: randomBytes(16).toString("hex"), expiresAt: Date.now() + 7200_000 };
          state.tokensIssued++;
        }
        return answer({ access_token: token.value, expires_in: Math.floor((token.expiresAt - Date.now()) / 1000) });
      }

      if (url.pathname === "/cgi-bin/message/template/send" && req.method === "POST") {
        state.sends++;
        if (!token || q.get("access_token") !== token.value) return answer({ errcode: 40001, errmsg: "invalid credential, access_token is invalid or not latest" });
        const fault = faults.shift();
        if (fault === "drop") return req.socket.destroy();
        if (fault && fault !== "acceptThenDrop") return answer(fault);
        const openid = String(body.touser ?? "");
        if (!state.followers.has(openid)) return answer({ errcode: 43004, errmsg: "require subscribe" });
        const data = (body.data ?? {}) as Record<string, { value?: unknown }>;
        if (Object.values(data).some((v) => typeof v?.value !== "string" || v.value.length > 20)) return answer({ errcode: 47003, errmsg: "argument invalid! data.thing.value invalid" });
        const received: ReceivedWechat = {
          openid,
          templateId: String(body.template_id ?? ""),
          url: typeof body.url === "string" ? body.url : null,
          data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v.value)])),
          msgId: String(randomInt(1e12)),
        };
        state.received.push(received);
        if (fault === "acceptThenDrop") return req.socket.destroy();
        return answer({ errcode: 0, errmsg: "ok", msgid: Number(received.msgId) });
      }

      if (url.pathname === "/connect/oauth2/authorize") {
        const redirect = q.get("redirect_uri");
        if (q.get("appid") !== appId || !redirect) return answer({ errcode: 10003, errmsg: "redirect_uri 参数错误" });
        const code = randomBytes(12).toString("hex");
        codes.set(code, { openid: state.signedInOpenid, used: false });
        const back = new URL(redirect);
        back.searchParams.set("code", code);
        back.searchParams.set("state", q.get("state") ?? "");
        res.writeHead(302, { location: back.toString() });
        return res.end();
      }

      if (url.pathname === "/sns/oauth2/access_token") {
        if (q.get("appid") !== appId || q.get("secret") !== appSecret) return answer({ errcode: 40125, errmsg: "invalid appsecret" });
        const entry = codes.get(q.get("code") ?? "");
        if (!entry) return answer({ errcode: 40029, errmsg: "invalid code" });
        if (entry.used) return answer({ errcode: 40163, errmsg: "code been used" });
        entry.used = true;
        return answer({ access_token: "web-token", expires_in: 7200, refresh_token: "r", openid: entry.openid, scope: "snsapi_base" });
      }

      return answer({ errcode: 40066, errmsg: `invalid url ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.config.apiBase = base;
  state.config.oauthBase = base;
  return state;
}
