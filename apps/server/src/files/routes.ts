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
import { servedContentType } from "@cppcc/domain";
import fastifyMultipart from "@fastify/multipart";
import contentDisposition from "content-disposition";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { cookieJar } from "../cookies";
import { sendMessage, sendRefusal } from "./answer";
import { receiveFile } from "./receiveFile";
import { registerPublicPhotoRoutes } from "./publicPhotos";
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
        const outcome = await receiveFile(req, reply, { limit, spoolDir: options.spoolDir, store, councilId: ctx.session.council.id }, (file) =>
          registerAttachment({ ctx, input: { ...target.data, file } }),
        );
        if ("answered" in outcome) return outcome.answered;
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
