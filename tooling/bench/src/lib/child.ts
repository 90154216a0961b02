import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { onCleanup } from "./cleanup";

export type Child = {
  name: string;
  pid: number;
  logFile: string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  isRunning: () => boolean;
  /** SIGTERM, then SIGKILL if it has not gone within the grace period. */
  stop: () => Promise<void>;
  logTail: (lines?: number) => string;
};

const live = new Set<Child>();
// Last resort when the bench process dies without running its cleanup (an exception in a
// callback, process.exit): never leave a server holding a port or a PGlite directory.
process.on("exit", () => {
  for (const child of live) {
    try {
      process.kill(child.pid, "SIGKILL");
    } catch {
      // Already gone between its exit and our hearing of it.
    }
  }
});

/** Starts `node …args` with its output in a log file (a pipe nobody reads would stall it). */
export function spawnNode(options: { name: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Child {
  const fd = openSync(options.logFile, "a");
  const proc = spawn(process.execPath, [...profilerFlags(options.name), ...options.args], { cwd: options.cwd, env: options.env, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  if (proc.pid === undefined) throw new Error(`${options.name}: could not start node`);
  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    proc.once("exit", (code, signal) => {
      running = false;
      live.delete(child);
      resolve(code ?? signal ?? "unknown");
    });
  });

  const stop = onCleanup(async () => {
    if (!running) return;
    proc.kill("SIGTERM");
    const gone = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
    if (!gone) {
      proc.kill("SIGKILL");
      await exited;
    }
  });

  const child: Child = {
    name: options.name,
    pid: proc.pid,
    logFile: options.logFile,
    exited,
    isRunning: () => running,
    stop,
    logTail: (lines = 20) => readFileSync(options.logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n"),
  };
  live.add(child);
  return child;
}

/**
 * BENCH_CPU_PROF=<dir>: each child writes V8 CPU profiles into <dir>/<name>-<time>/ on exit (the
 * main thread's is *.0.001.cpuprofile; open it in Chrome DevTools). Its last seconds are the
 * auth.me run. One folder per child, because every thread of it writes a profile.
 */
function profilerFlags(name: string): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return [];
  return ["--cpu-prof", `--cpu-prof-dir=${join(resolve(dir), `${name.replace(/\W+/g, "-")}-${Date.now()}`)}`];
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
