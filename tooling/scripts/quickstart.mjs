// `npm start`: install, build, and start everything on the embedded database with demo data.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { pnpm } from "./pnpm.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
process.chdir(root);

console.info("▶ 安装依赖（pnpm install）");
pnpm(["install", "--frozen-lockfile"]);
console.info("▶ 构建服务端与三个应用");
pnpm(["turbo", "run", "build", "--output-logs=errors-only"]);
console.info("▶ 启动服务");

const server = spawn(process.execPath, ["apps/server/dist/main.js"], {
  stdio: "inherit",
  env: { DATA_DIR: ".data", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
