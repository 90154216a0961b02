import { join } from "node:path";
import type { Config } from "../config";
import { diskStore } from "./diskStore";
import { s3Store } from "./s3Store";
import type { FileStore } from "./store";

/** The store the environment names: S3 when a bucket is configured, else the data folder. */
export function fileStoreFrom(config: Config): FileStore {
  if (!config.S3_BUCKET) return diskStore(join(config.DATA_DIR, "files"));
  return s3Store({
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    bucket: config.S3_BUCKET,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}

/** Where uploads are spooled while they stream in: beside the disk store, so taking one over is a rename. */
export function spoolDir(config: Config): string {
  return join(config.DATA_DIR, "files", ".incoming");
}
