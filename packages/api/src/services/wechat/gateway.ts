import { isFinalWechatError, wechatErrorText } from "@cppcc/domain";
import type { Clock } from "../../context";
import { accessTokenCache } from "./accessToken";

/**
 * A WeChat Official Account (服务号) as the environment configures it. `apiBase` and `oauthBase` point tests
 * and the e2e server at the stand-in on the loopback; in production they are WeChat's own hosts.
 */
export type WechatConfig = {
  appId: string;
  appSecret: string;
  /** The one generic template (事项 thing1, 来源 thing2, 时间 time3) every notice uses. */
  templateId: string;
  apiBase: string;
  oauthBase: string;
};

/** As the SMS gateway's: sent; refused for good; failed for now; unknown (no answer: it may have been delivered). */
export type WechatSendResult =
  | { outcome: "sent"; msgId: string }
  | { outcome: "refused" | "failed"; code: number; message: string }
  | { outcome: "unknown"; message: string };

export type WechatGateway = {
  appId: string;
  /** Where the browser goes to let WeChat say who it is (snsapi_base: no consent page, only the openid). */
  authorizeUrl: (redirectUri: string, state: string) => string;
  /** The openid a code from the OAuth redirect stands for, or WeChat's refusal in words. */
  openidForCode: (code: string) => Promise<{ openid: string } | { problem: string }>;
  send: (message: { openid: string; params: Record<string, string> }) => Promise<WechatSendResult>;
};

type WechatAnswer = { errcode?: number; errmsg?: string };

/** WeChat answers errors with HTTP 200 and an errcode; a network fault or a non-JSON answer means no answer. */
async function call<T>(url: string, init?: RequestInit): Promise<(T & WechatAnswer) | { unreachable: string }> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    if (!res.ok) return { unreachable: `HTTP ${res.status}` };
    return (await res.json()) as T & WechatAnswer;
  } catch (error) {
    return { unreachable: error instanceof Error ? error.message : String(error) };
  }
}

/** Codes that say the access token is no longer good: drop it, so the retry fetches one. */
const tokenCodes = new Set([40001, 40014, 42001]);

/**
 * A small typed client over fetch: the npm clients for 公众号 (wechat-api, co-wechat-api) are unmaintained,
 * callback-era and fetch tokens with /cgi-bin/token, which invalidates the token other servers hold.
 */
export function createWechatGateway(config: WechatConfig, clock?: Clock): WechatGateway {
  const tokens = accessTokenCache(config, clock);
  const api = config.apiBase.replace(/\/+$/, "");
  return {
    appId: config.appId,
    authorizeUrl: (redirectUri, state) => {
      const q = new URLSearchParams({ appid: config.appId, redirect_uri: redirectUri, response_type: "code", scope: "snsapi_base", state });
      return `${config.oauthBase.replace(/\/+$/, "")}/connect/oauth2/authorize?${q.toString()}#wechat_redirect`;
    },
    openidForCode: async (code) => {
      const q = new URLSearchParams({ appid: config.appId, secret: config.appSecret, code, grant_type: "authorization_code" });
      const answer = await call<{ openid?: string }>(`${api}/sns/oauth2/access_token?${q.toString()}`);
      if ("unreachable" in answer) return { problem: `微信服务暂时无法访问（${answer.unreachable}），请稍后再试` };
      if (answer.openid) return { openid: answer.openid };
      if (answer.errcode === 40163 || answer.errcode === 40029) return { problem: "微信授权已失效或已使用，请重新点击「绑定微信」" };
      return { problem: `微信授权未成功（${answer.errcode ?? ""} ${answer.errmsg ?? ""}），请重新点击「绑定微信」` };
    },
    send: async ({ openid, params }) => {
      const token = await tokens.get();
      if ("problem" in token) return { outcome: "failed", code: token.code, message: token.problem };
      const { url, ...values } = params;
      const body = {
        touser: openid,
        template_id: config.templateId,
        ...(url ? { url } : {}),
        data: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])),
      };
      const answer = await call<{ msgid?: number }>(`${api}/cgi-bin/message/template/send?access_token=${encodeURIComponent(token.accessToken)}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if ("unreachable" in answer) return { outcome: "unknown", message: answer.unreachable };
      if (!answer.errcode) return { outcome: "sent", msgId: String(answer.msgid ?? "") };
      if (tokenCodes.has(answer.errcode)) tokens.drop(token.accessToken);
      const message = wechatErrorText(answer.errcode, answer.errmsg ?? "");
      return { outcome: isFinalWechatError(answer.errcode) ? "refused" : "failed", code: answer.errcode, message };
    },
  };
}
