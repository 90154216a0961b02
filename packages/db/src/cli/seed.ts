import { createDb } from "../client";
import { migrate } from "../migrate";
import { isEmpty, seedDemo } from "../seed";

// `pnpm db:seed`: the explicit way to put demo data into a database, including a real Postgres.
const handle = await createDb({ url: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
await migrate(handle);
if (await isEmpty(handle.db)) {
  await seedDemo(handle.db);
  console.info("已写入演示数据");
} else {
  console.info("数据库已有数据，未写入演示数据");
}
await handle.close();
