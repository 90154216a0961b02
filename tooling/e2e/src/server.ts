import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const serverDir = fileURLToPath(new URL("../../../apps/server/", import.meta.url));

export type RunningServer = { base: string; stop: () => Promise<void> };

/**
 * The bundled server as an operator runs it, on a fresh embedded database in a temporary folder
 * (seeded with the demo city and its year of activity because it starts empty; generous time for
 * that on a busy machine) and any free port.
 */
export async function startServer(options: { /** More environment for this server (e.g. SMS pointed at a stand-in). */ env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  const main = join(serverDir, "dist/main.js");
  if (!existsSync(main)) throw new Error("服务端尚未构建：请先运行 pnpm build");
  const dataDir = mkdtempSync(join(tmpdir(), "cppcc-e2e-"));
  // TRUST_PROXY lets a setup step speak for a resident at an address of their own (see submitPublicTopic).
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn", TRUST_PROXY: "1", ...options.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], { cwd: serverDir, env });
  const base = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), 240_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /办公室管理端\s+(http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  return {
    base,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
