import { account, auditLog, member, messageDelivery } from "@cppcc/db";
import { dailyLimitMessage, deliveryLimits, mustChangePasswordMessage } from "@cppcc/domain";
import { randomUUID } from "node:crypto";
import { and, eq, notExists, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryJobs, drainLeasedJobs } from "../../src/jobs";
import { credentialNoLongerNeeded } from "../../src/services/account/credentialText";
import { createSmsGateway } from "../../src/services/sms/gateway";
import { startSmsStandIn, type SmsStandIn } from "../../src/services/sms/standIn";
import { createTestApi, MemoryCookieJar, type Caller, type TestApi } from "../../src/testing";
import { errorOf } from "../roster/helpers";

/**
 * 短信发送 of a bulk opening, with the provider a stand-in on the loopback: each new login's password
 * goes by text through message_delivery and the leased delivery job, once; the day's limit per phone
 * holds; who got it and who did not (and why) is read back; no password is stored in clear anywhere;
 * the first login still forces a change.
 */
let api: TestApi;
let standIn: SmsStandIn;
let admin: Caller;
let jobs: ReturnType<typeof deliveryJobs>;
type Candidate = { id: string; name: string; phone: string };
let [reached, limited, disabledMeanwhile]: Candidate[] = [];

beforeAll(async () => {
  // The provider's "now" is the services' clock, read once the API exists.
  standIn = await startSmsStandIn({ clock: { now: () => api.clock.now() } });
  const gateway = createSmsGateway(standIn.config);
  api = await createTestApi({ sms: gateway });
  jobs = deliveryJobs({ sms: gateway });
  admin = (await api.loginAs("admin")).caller;
  const { db } = api.db;
  [reached, limited, disabledMeanwhile] = await db
    .select({ id: member.id, name: member.name, phone: member.phone })
    .from(member)
    .where(and(eq(member.councilId, api.councilId), eq(member.status, "active"), notExists(db.select({ one: sql`1` }).from(account).where(eq(account.memberId, member.id)))))
    .orderBy(member.namePinyin)
    .limit(3);
}, 90_000);
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});

const run = () => drainLeasedJobs(api.db, jobs, { clock: api.clock });
const target = () => ({ kind: "members" as const, memberIds: [reached!.id, limited!.id, disabledMeanwhile!.id] });

describe("account.openMemberLogins by SMS", () => {
  it("texts each new login its password once, keeps the daily limit, and says who got it and why not", async () => {
    api.clock.set("2026-05-06T02:00:00Z");
    expect((await admin.account.openPreview({ target: target() })).smsOffered).toBe(true);
    // One member's phone has had the day's texts already.
    await api.db.db.insert(messageDelivery).values(
      Array.from({ length: deliveryLimits.sms.perRecipientPerDay }, (_, i) => ({
        councilId: api.councilId,
        key: `sms:earlier-${i}`,
        channel: "sms" as const,
        recipient: limited!.phone,
        accountId: null,
        template: "notice",
        params: {},
        status: "sent" as const,
        attempts: 1,
        attemptedAt: api.clock.now(),
        createdAt: api.clock.now(),
      })),
    );

    const requestId = randomUUID();
    const opened = await admin.account.openMemberLogins({ requestId, delivery: "sms", target: target() });
    expect(opened).toMatchObject({ replayed: false, delivery: "sms", skipped: [] });
    expect(opened.opened).toHaveLength(3);
    // The answer carries no password: the text will.
    expect(opened.opened.every((o) => o.password === null)).toBe(true);
    // One login is disabled before the worker runs: it no longer waits for a password.
    await admin.account.setDisabled({ id: opened.opened.find((o) => o.memberId === disabledMeanwhile!.id)!.accountId, disabled: true });
    // Queued, not yet sent: the screen says so.
    expect((await admin.account.credentialDeliveries({ requestId })).map((d) => d.status)).toEqual(["pending", "pending", "pending"]);

    expect(await run()).toMatchObject({ done: 3, failed: 0 });
    expect(await run()).toMatchObject({ done: 0 });
    expect(standIn.received).toHaveLength(1);
    const [text] = standIn.received;
    expect(text).toMatchObject({ phone: reached!.phone, templateCode: "SMS_CREDENTIAL", params: { name: reached!.name, username: reached!.phone.toLowerCase() } });
    const password = text!.params.password!;
    expect(password.length).toBeGreaterThanOrEqual(10);

    const byMember = new Map((await admin.account.credentialDeliveries({ requestId })).map((d) => [d.memberId, d]));
    expect(byMember.get(reached!.id)).toMatchObject({ status: "sent", lastError: null });
    expect(byMember.get(limited!.id)).toMatchObject({ status: "refused", lastError: dailyLimitMessage("sms") });
    expect(byMember.get(disabledMeanwhile!.id)).toMatchObject({ status: "refused", lastError: credentialNoLongerNeeded });

    // A retried request is the same batch: nothing queued again, nothing texted twice.
    const again = await admin.account.openMemberLogins({ requestId, delivery: "sms", target: target() });
    expect(again.replayed).toBe(true);
    expect(await run()).toMatchObject({ done: 0 });
    expect(standIn.received).toHaveLength(1);

    // The password is nowhere in the database in clear: not in the deliveries, not in the audit log.
    const stored = await api.db.db.execute(sql`select count(*)::int as n from message_delivery where params::text like ${`%${password}%`}`);
    const audited = await api.db.db.select({ id: auditLog.id }).from(auditLog).where(sql`coalesce(${auditLog.after}::text, '') like ${`%${password}%`}`);
    expect((stored as unknown as { rows?: { n: number }[] }).rows?.[0]?.n ?? (stored as unknown as { n: number }[])[0]?.n).toBe(0);
    expect(audited).toEqual([]);

    // The member signs in with the texted password and must change it before anything else.
    const jar = new MemoryCookieJar();
    await api.caller(jar).auth.login({ username: reached!.phone.toLowerCase(), password });
    const signedIn = api.caller(jar);
    expect((await signedIn.auth.me())?.account.mustChangePassword).toBe(true);
    expect((await errorOf(signedIn.home.member())).message).toBe(mustChangePasswordMessage);
    api.clock.reset();
  }, 120_000);
});

describe("account.openMemberLogins without a credential template", () => {
  it("does not offer 短信发送 and refuses it with the reason", async () => {
    const noCredential = createSmsGateway({ ...standIn.config, templates: { ...standIn.config.templates, credential: null } });
    expect(noCredential.offers("credential")).toBe(false);
    expect(noCredential.offers("notice")).toBe(true);
  });
});
