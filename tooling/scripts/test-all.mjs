// `npm test`: the whole suite — every package's unit and integration tests, then the browser
// tests against the built apps. Set DATABASE_URL to run the database tests on that Postgres.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pnpm } from "./pnpm.mjs";

process.chdir(fileURLToPath(new URL("../..", import.meta.url)));

pnpm(["install", "--frozen-lockfile"]);
pnpm(["turbo", "run", "test", "--output-logs=new-only", "--concurrency=2"]);

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.warn(`\n浏览器测试未运行：找不到 ${chromium}。安装 Debian 的 chromium（apt-get install chromium）后再运行，或设置 CHROMIUM_PATH。`);
  process.exit(process.env.CI ? 1 : 0);
}
pnpm(["turbo", "run", "build", "--output-logs=errors-only"]);
pnpm(["--filter", "@cppcc/e2e", "test:e2e"]);
