import { createReadStream } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { checkedKey, type FileStore } from "./store";

/** Files under `<DATA_DIR>/files/<council>/<uuid>`, beside the embedded database. */
export function diskStore(root: string): FileStore {
  const pathOf = (key: string) => join(root, checkedKey(key));
  return {
    kind: "disk",
    put: async (key, file) => {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      try {
        await rename(file.path, target);
      } catch (error) {
        // The spool folder may sit on another device (a mounted data folder): copy instead.
        if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
        await copyFile(file.path, target);
        await rm(file.path, { force: true });
      }
    },
    read: async (key) => {
      const stream = createReadStream(pathOf(key));
      await new Promise<void>((resolve, reject) => stream.once("open", () => resolve()).once("error", reject));
      return stream as Readable;
    },
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}
