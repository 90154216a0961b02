import { join } from "node:path";
import { spawnNode, type Child } from "../lib/child";
import { waitUntilUp } from "../lib/net";
import { benchRoot, tsxLoader } from "../lib/paths";
import { specVariable, type BaselineSpec } from "./spec";

/** Starts the baseline in its own process, like the app server, and waits until it answers. */
export async function startBaseline(spec: BaselineSpec, logFile: string): Promise<Child> {
  const child = spawnNode({
    name: "baseline",
    // tsx only transforms at load time; the request path runs as plain JavaScript.
    args: ["--import", tsxLoader, join(benchRoot, "src/baseline/server.ts")],
    cwd: benchRoot,
    env: { ...process.env, NODE_ENV: "production", [specVariable]: JSON.stringify(spec) },
    logFile,
  });
  await waitUntilUp(`http://127.0.0.1:${spec.port}/healthz`, child).catch(async (error: unknown) => {
    // Stop it before the caller removes its database from under it.
    await child.stop();
    throw error;
  });
  return child;
}
