import { internalMessage, protocolMessages, readableMessage } from "@cppcc/api";
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const statusCodes: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  408: "TIMEOUT",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "TOO_MANY_REQUESTS",
};

const uriTooLong = "请求地址过长，请减少一次请求的内容后重试";

/** tRPC's error shape, one per call of a batch, so the apps show the message as they show any other. */
function sendTrpcError(req: FastifyRequest, reply: FastifyReply, status: number, code: TRPC_ERROR_CODE_KEY, message: string) {
  const [route = "", query = ""] = req.url.split("?");
  const paths = decodeURIComponent(route.replace(/^\/trpc\/?/, "")).split(",");
  const error = (path: string) => ({
    error: { json: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, path: path || null } } },
  });
  const batched = new URLSearchParams(query).get("batch") === "1";
  return reply
    .code(status)
    .type("application/json")
    .send(JSON.stringify(batched ? paths.map(error) : error(paths[0] ?? "")));
}

/**
 * Requests tRPC cannot read are refused before they reach it, in Chinese: a method other than GET
 * (queries) or POST (mutations), or a POST body that is not JSON (the tRPC adapter would otherwise
 * hand a multipart body to its FormData reader and fail with a 500). Anything Fastify itself
 * refuses elsewhere (a body over the limit) gets the same shape and a Chinese message.
 */
export function registerTrpcEdges(app: FastifyInstance) {
  app.addHook("onRequest", async (req, reply) => {
    if (!req.url.startsWith("/trpc/") && req.url !== "/trpc" && !req.url.startsWith("/trpc?")) return;
    if (req.method !== "GET" && req.method !== "POST") {
      reply.header("allow", "GET, POST");
      return sendTrpcError(req, reply, 405, "METHOD_NOT_SUPPORTED", protocolMessages.METHOD_NOT_SUPPORTED!);
    }
    if (req.method === "POST") {
      const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "application/json") {
        return sendTrpcError(req, reply, 415, "UNSUPPORTED_MEDIA_TYPE", protocolMessages.UNSUPPORTED_MEDIA_TYPE!);
      }
    }
  });

  app.setErrorHandler(answerFrameworkError);
}

/** Fastify's own refusals (a bad or too long address, a body over the limit) and anything a handler threw. */
export function answerFrameworkError(error: { statusCode?: number }, req: FastifyRequest, reply: FastifyReply) {
  const status = typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) req.log.error({ err: error }, "request failed");
  const code = statusCodes[status] ?? (status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST");
  const message = status === 500 ? internalMessage : status === 414 ? uriTooLong : readableMessage(code, "");
  if (req.url.startsWith("/trpc")) return sendTrpcError(req, reply, status, code, message);
  return reply.code(status).send({ error: code, message });
}
