import { setTimeout as sleep } from "node:timers/promises";
import { publicRetryAfter, residentTopicRateKey, topicLookupRateKey } from "@cppcc/api";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { FastifyInstance } from "fastify";

/** The public channels Postgres rate-limits, by tRPC path: each address's key and what its refusal says. */
const channels: Record<string, { key: (ip: string) => string; verb: string }> = {
  "consultation.publicTopic.submit": { key: residentTopicRateKey, verb: "提交" },
  "consultation.publicTopic.lookup": { key: topicLookupRateKey, verb: "查询" },
};

type GuardOptions = { refusalDelayMs: number };

/**
 * Turns away an address the database has already refused, before its body is read or tRPC runs,
 * and holds the answer for `refusalDelayMs` first (a tarpit). Answering at once is cheap, but a
 * script that resends as soon as it is answered then gets thousands of answers a second, and on a
 * small server those take the CPU residents need. A held answer costs a timer. The answer has
 * tRPC's error shape (batched or not), so the page shows its message as usual.
 */
export function registerPublicTopicGuard(app: FastifyInstance, { refusalDelayMs }: GuardOptions) {
  app.addHook("onRequest", async (req, reply) => {
    if (req.method !== "POST") return;
    const [route = "", query = ""] = req.url.split("?");
    if (!route.startsWith("/trpc/")) return;
    const procedure = route.slice("/trpc/".length);
    const channel = channels[procedure];
    if (!channel) return;
    const key = channel.key(req.ip);
    if (publicRetryAfter(key) === null) return;

    // Every repeat is held, however many connections the address opens: each is a socket it holds
    // open anyway, and one answered at once would only be sent again.
    if (refusalDelayMs > 0) await sleep(refusalDelayMs);
    // Asked again after the wait: if the window reopened meanwhile, the submission goes through.
    const retryAfter = publicRetryAfter(key);
    if (retryAfter === null) return;
    const error = {
      json: {
        message: `${channel.verb}过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`,
        code: TRPC_ERROR_CODES_BY_KEY.TOO_MANY_REQUESTS,
        data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, path: procedure },
      },
    };
    const batched = new URLSearchParams(query).get("batch") === "1";
    return reply
      .code(429)
      .header("retry-after", String(retryAfter))
      .type("application/json")
      .send(JSON.stringify(batched ? [{ error }] : { error }));
  });
}
