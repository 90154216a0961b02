import { publicTopicRetryAfter } from "@cppcc/api";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { FastifyInstance } from "fastify";

const path = "/trpc/consultation.publicTopic.submit";

/**
 * Turns away an address the database has already refused, before its body is read or tRPC runs:
 * a flood's repeats then cost almost nothing, and residents nearby keep their throughput. The
 * answer has tRPC's error shape (batched or not), so the page shows its message as usual.
 */
export function registerPublicTopicGuard(app: FastifyInstance) {
  app.addHook("onRequest", async (req, reply) => {
    if (req.method !== "POST") return;
    const [route, query = ""] = req.url.split("?");
    if (route !== path) return;
    const retryAfter = publicTopicRetryAfter(req.ip);
    if (retryAfter === null) return;
    const error = {
      json: {
        message: `提交过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`,
        code: TRPC_ERROR_CODES_BY_KEY.TOO_MANY_REQUESTS,
        data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, path: "consultation.publicTopic.submit" },
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
