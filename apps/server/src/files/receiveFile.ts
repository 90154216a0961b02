import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import type { ReceivedFile } from "@cppcc/api";
import { attachmentRefusals, tooLargeMessage, type AttachmentLimit, type Refusal } from "@cppcc/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import { fileTypeFromFile } from "file-type";
import { sendMessage } from "./answer";
import { spool, TooLarge } from "./receive";
import type { FileStore } from "./store";

/**
 * Receives the request's one file and keeps it, or answers why not: streams it to a spool file counting
 * and hashing (stopping one byte over the cap), judges its type by the bytes (never the name or what the
 * browser said), puts an acceptable one in the store and lets `register` make it exist; bytes whose
 * registration fails are removed again, and the spooled copy is gone before any answer is sent.
 */
export async function receiveFile<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  options: { limit: AttachmentLimit; spoolDir: string; store: FileStore; councilId: string },
  register: (file: ReceivedFile & { mimeType: string }) => Promise<T>,
): Promise<{ row: T } | { answered: FastifyReply }> {
  const { limit, store } = options;
  if (!req.isMultipart()) return { answered: sendMessage(reply, 415, "UNSUPPORTED_MEDIA_TYPE", "请以表单（multipart/form-data）上传文件") };
  // One byte over the limit reaches the counter, which then stops the stream.
  const part = await req.file({ limits: { fileSize: limit.maxBytes + 1 } });
  if (!part) return { answered: sendMessage(reply, 400, "BAD_REQUEST", "没有收到文件，请重新选择") };
  let spooled;
  try {
    spooled = await spool(part.file, options.spoolDir, limit.maxBytes);
  } catch (error) {
    if (error instanceof TooLarge || (error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      return { answered: sendMessage(reply, 413, "PAYLOAD_TOO_LARGE", tooLargeMessage(limit)) };
    }
    throw error;
  }
  // The spooled file is gone before the answer leaves, whatever it is: the refusal is sent after `finally`.
  const outcome = await (async (): Promise<{ row: T } | { refusal: Refusal }> => {
    try {
      const mimeType = (await fileTypeFromFile(spooled.path))?.mime ?? null;
      const [refusal] = attachmentRefusals(limit, { size: spooled.sizeBytes, mimeType });
      if (refusal) return { refusal };
      const storageKey = `${options.councilId}/${randomUUID()}`;
      await store.put(storageKey, { path: spooled.path, sizeBytes: spooled.sizeBytes, mimeType: mimeType! });
      try {
        return { row: await register({ fileName: part.filename, sizeBytes: spooled.sizeBytes, mimeType: mimeType!, sha256: spooled.sha256, storageKey }) };
      } catch (error) {
        // Nothing registered: the bytes must not stay behind either.
        await store.remove(storageKey);
        throw error;
      }
    } finally {
      await rm(spooled.path, { force: true });
    }
  })();
  if ("refusal" in outcome) return { answered: sendMessage(reply, outcome.refusal.code === "attachment.type" ? 415 : 400, "BAD_REQUEST", outcome.refusal.message) };
  return outcome;
}
