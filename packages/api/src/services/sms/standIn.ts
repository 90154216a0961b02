import { createHash, createHmac, randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { shanghaiDate } from "@cppcc/domain";
import type { SmsConfig } from "./gateway";

/** One text the stand-in accepted, as the provider would hold it. */
export type ReceivedSms = {
  phone: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
  outId: string;
  bizId: string;
  at: Date;
};

/**
 * What the stand-in answers to the next SendSms: a provider error document; no answer at all (the socket
 * dropped); or the text accepted and then no answer (what a worker dying after the call looks like to the caller).
 */
export type StandInFault = { status: number; code: string; message: string } | "drop" | "acceptThenDrop";

export type SmsStandIn = {
  config: SmsConfig;
  received: ReceivedSms[];
  /** Every SendSms that reached it, accepted or not. */
  requests: number;
  /** Answers the next SendSms calls with these, in order, before accepting again. */
  failNext: (...faults: StandInFault[]) => void;
  /** Called when a text is accepted, before the answer goes back (a test may kill the worker there). */
  onAccepted: ((sms: ReceivedSms) => void) | null;
  close: () => Promise<void>;
};

const accessKeyId = "stand-in-key";
const accessKeySecret = "stand-in-secret";

/**
 * A server on the loopback address that speaks Aliyun SMS's HTTP API as the official client calls it:
 * RPC-style SendSms and QuerySendDetails with the ACS3-HMAC-SHA256 signature, checked against the
 * configured secret, answering in the provider's JSON shape (its error codes included). Tests and the
 * e2e server point the client at it; nothing ever reaches the real provider.
 */
export async function startSmsStandIn(
  options: { signName?: string; /** The provider's "now", for tests that set the services' clock in the past. */ clock?: { now: () => Date } } = {},
): Promise<SmsStandIn> {
  const now = () => options.clock?.now() ?? new Date();
  const faults: StandInFault[] = [];
  const state: SmsStandIn = {
    config: {
      accessKeyId,
      accessKeySecret,
      signName: options.signName ?? "数字政协",
      templates: { loginCode: "SMS_LOGIN_CODE", notice: "SMS_NOTICE", digest: "SMS_DIGEST", credential: "SMS_CREDENTIAL", topicDecided: "SMS_TOPIC_DECIDED" },
      endpoint: "",
      protocol: "http",
    },
    received: [],
    requests: 0,
    failNext: (...f) => void faults.push(...f),
    onAccepted: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answer = (status: number, body: Record<string, unknown>) => {
        res.writeHead(status, { "content-type": "application/json;charset=utf-8" });
        res.end(JSON.stringify({ RequestId: `stand-in-${randomInt(1e9)}`, ...body }));
      };
      const url = new URL(req.url ?? "/", "http://stand-in");
      const signatureProblem = checkSignature(req, url, Buffer.concat(chunks));
      if (signatureProblem) return answer(400, { Code: "SignatureDoesNotMatch", Message: signatureProblem });
      const q = url.searchParams;
      const action = req.headers["x-acs-action"];
      if (action === "SendSms") {
        state.requests++;
        const fault = faults.shift();
        if (fault === "drop") return req.socket.destroy();
        if (fault && fault !== "acceptThenDrop") return answer(fault.status, { Code: fault.code, Message: fault.message });
        const phone = q.get("PhoneNumbers") ?? "";
        if (!/^1\d{10}$/.test(phone)) return answer(200, { Code: "isv.MOBILE_NUMBER_ILLEGAL", Message: "非法手机号" });
        let params: Record<string, string>;
        try {
          params = JSON.parse(q.get("TemplateParam") ?? "{}") as Record<string, string>;
        } catch {
          return answer(200, { Code: "isv.INVALID_JSON_PARAM", Message: "JSON参数不合法，只接受字符串值" });
        }
        const sms: ReceivedSms = {
          phone,
          signName: q.get("SignName") ?? "",
          templateCode: q.get("TemplateCode") ?? "",
          params,
          outId: q.get("OutId") ?? "",
          bizId: `${randomInt(1e9)}^${randomInt(1e9)}`,
          at: now(),
        };
        state.received.push(sms);
        state.onAccepted?.(sms);
        if (fault === "acceptThenDrop") return req.socket.destroy();
        return answer(200, { Code: "OK", Message: "OK", BizId: sms.bizId });
      }
      if (action === "QuerySendDetails") {
        const phone = q.get("PhoneNumber");
        const day = q.get("SendDate");
        const found = state.received.filter((s) => s.phone === phone && shanghaiDate(s.at).replaceAll("-", "") === day);
        return answer(200, {
          Code: "OK",
          Message: "OK",
          TotalCount: found.length,
          SmsSendDetailDTOs: { SmsSendDetailDTO: found.map((s) => ({ PhoneNum: s.phone, OutId: s.outId, TemplateCode: s.templateCode, SendStatus: 3, ErrCode: "DELIVERED" })) },
        });
      }
      return answer(404, { Code: "InvalidAction.NotFound", Message: `Specified api is not found: ${String(action)}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.config.endpoint = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The provider's V3 signature, recomputed from what arrived: a request the real provider would refuse is refused here too. */
function checkSignature(req: IncomingMessage, url: URL, body: Buffer): string | null {
  const auth = req.headers.authorization ?? "";
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/.exec(auth);
  if (!m) return "缺少或无法识别 Authorization 签名";
  const [, credential, signedHeaders, signature] = m;
  if (credential !== accessKeyId) return `未知的 AccessKeyId：${credential}`;
  const payloadHash = createHash("sha256").update(body).digest("hex");
  if (req.headers["x-acs-content-sha256"] !== payloadHash) return "x-acs-content-sha256 与请求体不符";
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const headers = signedHeaders!
    .split(";")
    .map((h) => `${h}:${String(req.headers[h] ?? "").trim()}\n`)
    .join("");
  const canonical = [req.method, url.pathname, query, headers, signedHeaders, payloadHash].join("\n");
  const toSign = `ACS3-HMAC-SHA256\n${createHash("sha256").update(canonical).digest("hex")}`;
  const expected = createHmac("sha256", accessKeySecret).update(toSign).digest("hex");
  return expected === signature ? null : "签名不匹配（SignatureDoesNotMatch）";
}
