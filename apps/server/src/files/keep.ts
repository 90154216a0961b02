import { rm } from "node:fs/promises";
import { attachmentRefusals, type AttachmentLimit, type Refusal } from "@cppcc/domain";
import { fileTypeFromFile } from "file-type";
import type { Spooled } from "./receive";

/**
 * Judges a spooled file by its bytes (never the name or what the browser said) and hands an
 * acceptable one to `store`; the spooled copy is removed either way before this returns.
 */
export async function keep<T>(spooled: Spooled, limit: AttachmentLimit, store: (mimeType: string) => Promise<T>): Promise<{ refusal: Refusal } | { row: T }> {
  try {
    const mimeType = (await fileTypeFromFile(spooled.path))?.mime ?? null;
    const [refusal] = attachmentRefusals(limit, { size: spooled.sizeBytes, mimeType });
    if (refusal) return { refusal };
    return { row: await store(mimeType!) };
  } finally {
    await rm(spooled.path, { force: true });
  }
}

