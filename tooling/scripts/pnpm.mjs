// Runs pnpm whether or not it is installed: a fresh machine has only Node and npm, so fall back
// to npx with the exact version the workspace pins (corepack is not used: it fails on this registry).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const pinned = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).packageManager;

function hasPnpm() {
  try {
    return execFileSync("pnpm", ["--version"], { encoding: "utf8" }).trim().startsWith("10.");
  } catch {
    return false;
  }
}

const direct = hasPnpm();

export function pnpm(args, options = {}) {
  const [cmd, argv] = direct ? ["pnpm", args] : ["npx", ["--yes", pinned, ...args]];
  const result = spawnSync(cmd, argv, { stdio: "inherit", ...options, env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...options.env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
