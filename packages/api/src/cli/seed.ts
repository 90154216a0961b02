import { createDb, migrate } from "@cppcc/db";
import { seedDemoCityIfEmpty } from "../demo/seedIfEmpty";

// `pnpm db:seed`: the explicit way to put the demo city and its year into a database, a real Postgres included.
const handle = await createDb({ url: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
await migrate(handle);
const started = performance.now();
if (await seedDemoCityIfEmpty(handle, new Date())) {
  console.info(`已写入演示数据（用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
} else {
  console.info("数据库已有数据，未写入演示数据");
}
await handle.close();
