import type { Readable } from "node:stream";

/**
 * Where attachment bytes live: the data folder by default, or an S3-compatible store. Keys are made
 * by the server (`<council>/<uuid>`), never from a name a person sent.
 */
export type FileStore = {
  readonly kind: "disk" | "s3";
  /** Takes over a received file (the temporary file may be moved or removed). */
  put: (key: string, file: { path: string; sizeBytes: number; mimeType: string }) => Promise<void>;
  read: (key: string) => Promise<Readable>;
  /** Succeeds when the key is already gone: removal is repeated after failures. */
  remove: (key: string) => Promise<void>;
};

const keyPattern = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** A key as the server makes it; anything else is refused before it reaches a path or a bucket. */
export function checkedKey(key: string): string {
  if (!keyPattern.test(key)) throw new Error(`not a storage key: ${key}`);
  return key;
}
