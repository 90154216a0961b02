import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export type Server = { child: ChildProcess; base: string; output: () => string; exited: Promise<number | null> };

/**
 * The server as an operator runs it, in its own process on `databaseUrl`. Resolves once it
 * prints its address (after migrating); rejects with its output if it exits before that.
 */
export function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: join(import.meta.dirname, "..", ".."),
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", SEED_DEMO: "", ...env },
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /办公室管理端\s+(http:\/\/[^/]+)\//.exec(out);
      if (m) resolve({ child, base: m[1]!, output: () => out, exited });
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited before listening (${code}):\n${out}`)));
  });
}

/** SIGTERM (graceful) unless it has already gone. */
export async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  await server.exited;
}

/** How many requests for one procedure this server logged (its request log is on at info). */
export const requestsLogged = (server: Server, path: string) => server.output().split(`"url":"/trpc/${path}`).length - 1;
