import { toTRPCError } from "@cppcc/api";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { FastifyReply } from "fastify";

/** A refusal as the file routes answer it: the status and the Chinese message (with every refusal when there are several). */
export function sendRefusal(reply: FastifyReply, error: unknown): FastifyReply {
  const mapped = error instanceof TRPCError ? (toTRPCError(error) ?? error) : toTRPCError(error);
  if (!mapped || mapped.code === "INTERNAL_SERVER_ERROR") throw error;
  const refusals = (mapped.cause as { refusals?: unknown[] } | undefined)?.refusals;
  return reply.code(getHTTPStatusCodeFromError(mapped)).send({ code: mapped.code, message: mapped.message, ...(refusals?.length ? { refusals } : {}) });
}

export function sendMessage(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ code, message });
}
