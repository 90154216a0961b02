import { afterAll, beforeAll } from "vitest";
import { startServer, type RunningServer } from "./server";

/**
 * A server of the file's own, for a journey that changes what journeys on the shared server must
 * find as the demo left it (this year's evaluation table, the demo member's entries). Read `base`
 * inside a test: it is set once the server is up.
 */
export function ownServer(options: Parameters<typeof startServer>[0] = {}): { readonly base: string } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer(options);
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get base() {
      if (!server) throw new Error("the file's own server has not started");
      return server.base;
    },
  };
}

/** This year in Beijing, the year the demo's activity and the journeys' entries fall in. */
export const thisYear = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
