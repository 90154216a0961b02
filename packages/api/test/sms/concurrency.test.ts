import { fork } from "node:child_process";
import { createRequire } from "node:module";
import { createDb, messageDelivery, outbox, type DbHandle } from "@cppcc/db";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MemoryCookieJar } from "../../src/testing";
import { deliveryJobs, drainLeasedJobs } from "../../src/jobs";
import { createSmsGateway } from "../../src/services/sms/gateway";
import { startSmsStandIn, type SmsStandIn } from "../../src/services/sms/standIn";
import { createTestApi, type TestApi } from "../../src/testing";
import { memberAccountId, notice, sendNotice } from "./fixtures";
import { memberPhone } from "./memberPhone";

/** What happens with several servers at once: only on a real Postgres (the embedded database belongs to one process). */
const url = process.env.DATABASE_URL;
const onPostgres = describe.skipIf(!url);

let api: TestApi;
let standIn: SmsStandIn;
let second: DbHandle;
let to: { councilId: string; accountId: string };

onPostgres("SMS with several servers on one Postgres", () => {
  beforeAll(async () => {
    api = await createTestApi({ sms: null });
    standIn = await startSmsStandIn({ clock: api.clock });
    // Another server's pool on the same database.
    second = await createDb({ url: api.db.url!, poolSize: 4 });
    to = await memberAccountId(api.db);
  }, 60_000);
  afterAll(async () => {
    await second?.close();
    await api?.close();
    await standIn?.close();
  });
  beforeEach(() => {
    standIn.received.length = 0;
    standIn.requests = 0;
  });

  it("two workers at once send each of 15 messages once", async () => {
    api.clock.set("2026-05-01T02:00:00Z");
    for (let i = 0; i < 15; i++) await sendNotice(api.db, api.clock, notice(to, `pg-${i}`));
    const gateway = createSmsGateway(standIn.config);
    const options = { clock: api.clock, batchSize: 3 };
    const [a, b] = await Promise.all([drainLeasedJobs(api.db, deliveryJobs({ sms: gateway }), options), drainLeasedJobs(second, deliveryJobs({ sms: gateway }), options)]);
    expect(a.done + b.done).toBe(15);
    expect(a.done).toBeGreaterThan(0);
    expect(b.done).toBeGreaterThan(0);
    expect(standIn.received).toHaveLength(15);
    expect(new Set(standIn.received.map((s) => s.outId)).size).toBe(15);
  });

  it("a worker process killed right after the provider accepted: the next worker sends nothing again", async () => {
    api.clock.set("2026-05-02T02:00:00Z");
    await sendNotice(api.db, api.clock, notice(to, "pg-killed"));
    const require = createRequire(import.meta.url);
    const child = fork(new URL("./worker.child.ts", import.meta.url).pathname, {
      execArgv: ["--import", require.resolve("tsx/esm")],
      env: { ...process.env, DATABASE_URL: api.db.url!, SMS_CONFIG: JSON.stringify(standIn.config), CLOCK_AT: api.clock.now().toISOString() },
      stdio: "ignore",
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // The provider has the text; the worker dies before the answer reaches it.
    standIn.onAccepted = () => child.kill("SIGKILL");
    await exited;
    standIn.onAccepted = null;
    expect(standIn.received).toHaveLength(1);
    const [row] = await api.db.db.select().from(messageDelivery).where(eq(messageDelivery.key, "sms:pg-killed"));
    expect(row).toMatchObject({ status: "sending", attempts: 1 });
    const [job] = await api.db.db.select().from(outbox).where(eq(outbox.key, "message-delivery:sms:pg-killed"));
    expect(job!.lockedUntil).not.toBeNull();

    const jobs = deliveryJobs({ sms: createSmsGateway(standIn.config) });
    expect(await drainLeasedJobs(second, jobs, { clock: api.clock })).toMatchObject({ done: 0 }); // its lease still holds
    api.clock.set("2026-05-02T02:03:00Z");
    expect(await drainLeasedJobs(second, jobs, { clock: api.clock })).toMatchObject({ done: 1 });
    expect(standIn.requests).toBe(1);
    const [after] = await second.db.select().from(messageDelivery).where(eq(messageDelivery.key, "sms:pg-killed"));
    expect(after).toMatchObject({ status: "sent", attempts: 1 });
  }, 60_000);

  it("ten requests for a code at once (a pool of four connections) send one text", async () => {
    const sms = createSmsGateway(standIn.config);
    const withSms = await createTestApi({ sms });
    try {
      const p = await memberPhone(withSms.db.db);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => withSms.caller(new MemoryCookieJar(), `10.1.0.${i}`).auth.requestSmsCode({ phone: p })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(standIn.received.filter((s) => s.phone === p)).toHaveLength(1);
      const sent = await withSms.db.db.select().from(messageDelivery).where(and(like(messageDelivery.key, "login-code:%"), eq(messageDelivery.status, "sent")));
      expect(sent).toHaveLength(1);
    } finally {
      await withSms.close();
    }
  }, 60_000);
});
