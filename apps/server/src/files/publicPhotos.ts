import { attachmentView, createContext, publicPhoto, registerResidentPhoto, residentPhotoPermit } from "@cppcc/api";
import { servedContentType } from "@cppcc/domain";
import contentDisposition from "content-disposition";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { cookieJar } from "../cookies";
import { sendMessage, sendRefusal } from "./answer";
import { receiveFile } from "./receiveFile";
import type { FileRoutesOptions } from "./routes";

const townshipParams = z.object({ townshipId: z.uuid() });
const idParams = z.object({ id: z.uuid() });

/**
 * Residents' photos without a login: `POST /files/public/topic-photo/:townshipId` takes one image (rate limited
 * per address in Postgres, like the topic submit; type from the bytes; the rule set's size) and answers the id the
 * page sends with its topic; `GET /files/public/:id` shows a photo only once the liaison published it with the
 * accepted topic. Registered inside the file routes' multipart scope.
 */
export function registerPublicPhotoRoutes(scope: FastifyInstance, options: FileRoutesOptions) {
  const { db, store } = options;
  const context = (req: Parameters<typeof cookieJar>[0], reply: Parameters<typeof cookieJar>[1]) =>
    createContext({ db, cookies: cookieJar(req, reply, options.cookieSecure), request: { ip: req.ip, userAgent: req.headers["user-agent"] ?? null } });

  scope.post("/files/public/topic-photo/:townshipId", async (req, reply) => {
    const params = townshipParams.safeParse(req.params);
    if (!params.success) return sendMessage(reply, 404, "NOT_FOUND", "找不到该镇街道，请核对链接或重新扫码");
    try {
      const ctx = await context(req, reply);
      const { councilId, limit } = await residentPhotoPermit({ ctx, input: params.data });
      const outcome = await receiveFile(req, reply, { limit, spoolDir: options.spoolDir, store, councilId }, (file) =>
        registerResidentPhoto({ ctx, input: { ...params.data, councilId, file } }),
      );
      if ("answered" in outcome) return outcome.answered;
      const { id, fileName, sizeBytes, mimeType } = attachmentView(outcome.row);
      return reply.code(201).send({ id, fileName, sizeBytes, mimeType });
    } catch (error) {
      return sendRefusal(reply, error);
    }
  });

  scope.get("/files/public/:id", async (req, reply) => {
    const params = idParams.safeParse(req.params);
    if (!params.success) return sendMessage(reply, 404, "NOT_FOUND", "找不到该照片");
    try {
      const row = await publicPhoto({ ctx: await context(req, reply), input: params.data });
      const body = await store.read(row.storageKey);
      return reply
        .header("content-type", servedContentType(row.mimeType))
        .header("content-length", String(row.sizeBytes))
        // Shown in the page: only images the bytes proved to be (never SVG), published by the liaison.
        .header("content-disposition", contentDisposition(row.fileName, { type: "inline" }))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "no-cache")
        .send(body);
    } catch (error) {
      return sendRefusal(reply, error);
    }
  });
}
