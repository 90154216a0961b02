import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoPassword } from "@cppcc/db/seed";
import { afterAll, describe, expect, it } from "vitest";

/** The real process, as an operator runs it: a write acknowledged before SIGTERM survives the restart. */
const dataDir = mkdtempSync(join(tmpdir(), "cppcc-shutdown-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Running = { child: ChildProcess; base: string; output: () => string };

function startServer(): Promise<Running> {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "info" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: join(import.meta.dirname, ".."), env });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /办公室管理端\s+(http:\/\/[^/]+)\//.exec(out);
      if (m) resolve({ child, base: m[1]!, output: () => out });
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`server exited early (${code}):\n${out}`)));
  });
}

const stopped = (child: ChildProcess) => new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

// The first start writes the demo year into the empty embedded database (under a minute alone,
// several on a machine busy with the other suites).
const firstStartWritesTheDemoYear = 240_000;

describe("graceful shutdown", () => {
  it("finishes in-flight work on SIGTERM, exits 0, and keeps acknowledged writes", async () => {
    const first = await startServer();
    const login = await fetch(`${first.base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { username: "admin", password: demoPassword } }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;

    // A request in flight when the signal lands still gets its answer. Signal only once the server
    // has logged receiving it: one sent but not yet accepted would rightly get 503 while closing.
    const inFlight = fetch(`${first.base}/trpc/council.overview`, { headers: { cookie } });
    await expect.poll(() => /"url":"\/trpc\/council\.overview"/.test(first.output()), { timeout: 20_000, interval: 2 }).toBe(true);
    const exit = stopped(first.child);
    first.child.kill("SIGTERM");
    expect((await inFlight).status).toBe(200);
    expect(await exit).toBe(0);

    const second = await startServer();
    const me = await fetch(`${second.base}/trpc/auth.me`, { headers: { cookie } });
    const body = (await me.json()) as { result: { data: { json: { account: { username: string } } | null } } };
    expect(body.result.data.json?.account.username).toBe("admin");
    const exit2 = stopped(second.child);
    second.child.kill("SIGTERM");
    expect(await exit2).toBe(0);
  }, firstStartWritesTheDemoYear);
});
