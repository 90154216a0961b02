import { randomUUID } from "node:crypto";
import {
  attachmentForDownload,
  attachmentTarget,
  attachmentView,
  createContext,
  registerAttachment,
  removeAttachment,
  signedIn,
  uploadPermit,
} from "@cppcc/api";
import type { DbHandle } from "@cppcc/db";
import { servedContentType, tooLargeMessage } from "@cppcc/domain";
import fastifyMultipart from "@fastify/multipart";
import contentDisposition from "content-disposition";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { cookieJar } from "../cookies";
import { sendMessage, sendRefusal } from "./answer";
import { keep } from "./keep";
import { registerPublicPhotoRoutes } from "./publicPhotos";
import { spool, TooLarge } from "./receive";
import type { FileStore } from "./store";

export type FileRoutesOptions = { db: DbHandle; store: FileStore; spoolDir: string; cookieSecure: boolean };

const idParams = z.object({ id: z.uuid() });

/**
 * Attachments over plain HTTP, since they stream bytes: upload (`POST /files/:use/:ownerId`,
 * multipart, one file), download (`GET /files/:id`) and removal (`DELETE /files/:id`). The same
 * services as tRPC decide, by the record's own scope; this file only moves bytes.
 */
export async function registerFileRoutes(app: FastifyInstance, options: FileRoutesOptions) {
  const { db, store } = options;
  const signedInContext = async (req: FastifyRequest, reply: FastifyReply, path: string) =>
    signedIn(
      await createContext({
        db,
        cookies: cookieJar(req, reply, options.cookieSecure),
        request: { ip: req.ip, userAgent: req.headers["user-agent"] ?? null },
      }),
      path,
    );

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { files: 1, fields: 0, parts: 2 } });

    scope.post("/files/:use/:ownerId", async (req, reply) => {
      const target = attachmentTarget.safeParse(req.params);
      if (!target.success) return sendMessage(reply, 404, "NOT_FOUND", "上传地址有误：找不到该记录或附件用途");
      try {
        const ctx = await signedInContext(req, reply, "attachment.upload");
        const limit = await uploadPermit({ ctx, input: target.data });
        if (!req.isMultipart()) return sendMessage(reply, 415, "UNSUPPORTED_MEDIA_TYPE", "请以表单（multipart/form-data）上传文件");
        // One byte over the limit reaches the counter, which then stops the stream.
        const part = await req.file({ limits: { fileSize: limit.maxBytes + 1 } });
        if (!part) return sendMessage(reply, 400, "BAD_REQUEST", "没有收到文件，请重新选择");
        let spooled;
        try {
          spooled = await spool(part.file, options.spoolDir, limit.maxBytes);
        } catch (error) {
          if (error instanceof TooLarge || (error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
            return sendMessage(reply, 413, "PAYLOAD_TOO_LARGE", tooLargeMessage(limit));
          }
          throw error;
        }
        // The spooled file is gone before the answer leaves, whatever it is.
        const outcome = await keep(spooled, limit, async (mimeType) => {
          const storageKey = `${ctx.session.council.id}/${randomUUID()}`;
          await store.put(storageKey, { path: spooled.path, sizeBytes: spooled.sizeBytes, mimeType });
          try {
            return await registerAttachment({
              ctx,
              input: { ...target.data, file: { fileName: part.filename, sizeBytes: spooled.sizeBytes, mimeType, sha256: spooled.sha256, storageKey } },
            });
          } catch (error) {
            // Nothing registered: the bytes must not stay behind either.
            await store.remove(storageKey);
            throw error;
          }
        });
        if ("refusal" in outcome) return sendMessage(reply, outcome.refusal.code === "attachment.type" ? 415 : 400, "BAD_REQUEST", outcome.refusal.message);
        return reply.code(201).send(attachmentView(outcome.row));
      } catch (error) {
        return sendRefusal(reply, error);
      }
    });

    scope.get("/files/:id", async (req, reply) => {
      const params = idParams.safeParse(req.params);
      if (!params.success) return sendMessage(reply, 404, "NOT_FOUND", "找不到该附件，或不在您的查看范围内");
      try {
        const ctx = await signedInContext(req, reply, "attachment.download");
        const row = await attachmentForDownload({ ctx, input: params.data });
        const body = await store.read(row.storageKey);
        return reply
          .header("content-type", servedContentType(row.mimeType))
          .header("content-length", String(row.sizeBytes))
          // Always saved, never shown in the page; the name in RFC 5987 form keeps Chinese intact.
          .header("content-disposition", contentDisposition(row.fileName, { type: "attachment" }))
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", "sandbox; default-src 'none'")
          .header("cache-control", "private, no-store")
          .send(body);
      } catch (error) {
        return sendRefusal(reply, error);
      }
    });

    registerPublicPhotoRoutes(scope, options);

    scope.delete("/files/:id", async (req, reply) => {
      const params = idParams.safeParse(req.params);
      if (!params.success) return sendMessage(reply, 404, "NOT_FOUND", "找不到该附件，或不在您的查看范围内");
      try {
        const ctx = await signedInContext(req, reply, "attachment.remove");
        const { id, storageKey } = await removeAttachment({ ctx, input: params.data });
        await store.remove(storageKey).catch((error: unknown) => req.log.warn({ err: error, storageKey }, "attachment removed, its bytes were not"));
        return reply.send({ id, removed: true });
      } catch (error) {
        return sendRefusal(reply, error);
      }
    });
  });
}
