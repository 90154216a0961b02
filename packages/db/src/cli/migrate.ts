import { createDb } from "../client";
import { migrate } from "../migrate";

// `pnpm db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
const handle = await createDb({ url: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
await migrate(handle);
await handle.close();
console.info(`数据库迁移完成（${handle.kind}）`);
