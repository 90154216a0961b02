import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnNode, type Child } from "./child";
import { waitUntilUp } from "./net";
import { repoRoot, tsxLoader } from "./paths";

export type AppServerStart = {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  logLevel: string;
  logFile: string;
};

/**
 * The app server as production runs it: its own process, the bundled dist/main.js when it is
 * current (from source through tsx otherwise; BENCH_SERVER=source|dist overrides; tsx only transforms
 * at load, so requests run the same JavaScript), migrating and seeding the demo data at start.
 */
export async function startAppServer(options: AppServerStart): Promise<{ child: Child; from: string }> {
  const serverDir = join(repoRoot, "apps/server");
  const bundle = join(serverDir, "dist/main.js");
  const choice = process.env.BENCH_SERVER;
  const newer = choice === "source" ? "BENCH_SERVER=source" : choice === "dist" ? undefined : newerThanBundle(bundle);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    // Empty, not inherited: an embedded run must not wander onto the caller's DATABASE_URL.
    DATABASE_URL: options.databaseUrl ?? "",
    DATA_DIR: options.dataDir,
    // The bench database is created for this run, so demo data there is wanted.
    SEED_DEMO: "1",
    LOG_LEVEL: options.logLevel,
  };
  const child = spawnNode({
    name: "app server",
    args: !newer ? [bundle] : ["--import", tsxLoader, "src/main.ts"],
    cwd: serverDir,
    env,
    logFile: options.logFile,
  });
  await waitUntilUp(`http://127.0.0.1:${options.port}/healthz`, child).catch(async (error: unknown) => {
    // Stop it before the caller removes its database from under it.
    await child.stop();
    throw error;
  });
  return { child, from: !newer ? "apps/server/dist/main.js" : `apps/server/src/main.ts via tsx (${newer})` };
}

/**
 * Why the bundle cannot be used — missing, or older than a source it is built from (it would
 * measure yesterday's code) — or undefined when it is current.
 */
function newerThanBundle(bundle: string): string | undefined {
  let built: number;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return "no dist/main.js";
  }
  const sources = ["apps/server/src", "packages/api/src", "packages/db/src", "packages/db/drizzle", "packages/domain/src"];
  for (const dir of sources) {
    for (const entry of readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })) {
      // Tests are not bundled; a colleague editing one does not make the bundle stale.
      if (!entry.isFile() || entry.name.includes(".test.")) continue;
      const path = join(entry.parentPath, entry.name);
      if (statSync(path).mtimeMs > built) return `dist/main.js is older than ${relative(repoRoot, path)}`;
    }
  }
  return undefined;
}
