import { notification, notificationDigest, outbox } from "@cppcc/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleDailyJobs } from "../../src/jobs";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId } from "../consultation/fixtures";
import { demoMemberId, extraLogin, otherMembers } from "../proposal/fixtures";
import { accountIdOf, inbox, RecordingChannel, runJobs } from "./helpers";

/**
 * Delivery beyond the app: the in-app row is always written; each person's choice per kind sends
 * it at once to the channels that reach them, in the day's digest, or not at all. The digest
 * covers one Shanghai calendar day and carries each notification once, whatever the timing of
 * its job. The clock is set in the past, around midnight in Shanghai.
 */
let api: TestApi;
let admin: Caller;
let member: Caller;
let me: string;
let other: { id: string; caller: Caller; accountId: string };
let quiet: { id: string; caller: Caller; accountId: string };
let memberAccount: string;
let economy: string;
const sms = new RecordingChannel();
/** Configured, but reaches nobody (nobody has bound an account there). */
const unbound = new RecordingChannel(() => false);
const channels = [sms, unbound];

beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
  me = await demoMemberId(api);
  const [a, b] = await otherMembers(api, 2, [me]);
  other = { id: a!.id, caller: await extraLogin(api, "member", a!.id), accountId: "" };
  quiet = { id: b!.id, caller: await extraLogin(api, "member", b!.id), accountId: "" };
  [other.accountId, quiet.accountId] = await Promise.all([
    api.db.db.query.account.findFirst({ where: (t, { eq }) => eq(t.memberId, a!.id) }).then((r) => r!.id),
    api.db.db.query.account.findFirst({ where: (t, { eq }) => eq(t.memberId, b!.id) }).then((r) => r!.id),
  ]);
  memberAccount = await accountIdOf(api, "member");
  economy = await committeeId(api, "经济委员会");
  await member.notification.setPreference({ kind: "consultation.invited", delivery: "digest" });
  await quiet.caller.notification.setPreference({ kind: "consultation.invited", delivery: "off" });
}, 60_000);
afterAll(() => api?.close());

/** A Shanghai wall-clock time as an instant. */
const shanghai = (local: string) => new Date(`${local}+08:00`);

/** An invitation of the three members to a new consultation, at the clock's time. */
async function invite(title: string) {
  const created = await admin.consultation.create({ title, formatCode: "topicalConsultation", year: 2025, leadCommitteeId: economy });
  await admin.consultation.transition({ id: created.id, version: created.version, event: { type: "plan" } });
  await admin.consultation.invitation.invite({ consultationId: created.id, selection: { memberIds: [me, other.id, quiet.id] } });
  return created.id;
}

describe("with no channel configured", () => {
  it("writes the in-app rows and queues nothing to send", async () => {
    api.clock.set(shanghai("2025-06-29T10:00:00"));
    const id = await invite("无渠道时的协商");
    await runJobs(api);
    for (const c of [member, other.caller, quiet.caller]) expect((await inbox(c)).filter((n) => n.link?.path.endsWith(id))).toHaveLength(1);
    expect(await api.db.db.select().from(outbox).where(eq(outbox.kind, "notification.deliver"))).toEqual([]);
  });
});

describe("each person's choice", () => {
  it("sends at once to the channels that reach them, keeps the in-app row for everyone, and sends nothing for 不通知", async () => {
    api.clock.set(shanghai("2025-06-30T09:00:00"));
    const id = await invite("上午的协商");
    await runJobs(api, channels);
    const notices = sms.sent.filter((n) => n.link?.path.endsWith(id));
    expect(notices.map((n) => n.accountId)).toEqual([other.accountId]);
    const [row] = await inbox(other.caller).then((all) => all.filter((n) => n.link?.path.endsWith(id)));
    expect(notices[0]).toMatchObject({ kind: "consultation.invited", title: "邀请您参加「上午的协商」", notificationIds: [row!.id] });
    expect(unbound.sent).toEqual([]);
    for (const c of [member, quiet.caller]) expect((await inbox(c)).filter((n) => n.link?.path.endsWith(id))).toHaveLength(1);
    // A worker running again sends nothing more.
    await runJobs(api, channels);
    expect(sms.sent.filter((n) => n.link?.path.endsWith(id))).toHaveLength(1);
  });
});

describe("the daily digest", () => {
  it("carries a day's notifications once, over midnight, however often and however late its job runs", async () => {
    api.clock.set(shanghai("2025-06-30T23:59:00"));
    await invite("深夜发出的协商");
    await runJobs(api, channels);
    api.clock.set(shanghai("2025-07-01T00:00:30"));
    await invite("零点后发出的协商");
    await runJobs(api, channels);

    // 1 July: the day's jobs are scheduled (twice, as two servers would) and run.
    api.clock.set(shanghai("2025-07-01T00:01:00"));
    await scheduleDailyJobs(api.db.db, api.clock.now());
    await scheduleDailyJobs(api.db.db, api.clock.now());
    await runJobs(api, channels);
    const digests = sms.to(memberAccount).filter((n) => n.kind === "digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]!.key).toBe(`digest:2025-06-30:${memberAccount}`);
    expect(digests[0]!.title).toBe("6月30日通知汇总：共 3 条");
    const titles = digests[0]!.body!.split("\n");
    expect(titles).toEqual(["【协商活动邀请】邀请您参加「无渠道时的协商」", "【协商活动邀请】邀请您参加「上午的协商」", "【协商活动邀请】邀请您参加「深夜发出的协商」"]);
    // The person who switched it off gets no digest; the immediate one got theirs at once.
    expect(sms.to(quiet.accountId)).toEqual([]);
    expect(sms.to(other.accountId).filter((n) => n.kind === "digest")).toEqual([]);

    // The day's digest job run again (a worker died before recording it done) carries nothing twice.
    await api.db.db.update(outbox).set({ doneAt: null }).where(eq(outbox.kind, "notification.digest"));
    await runJobs(api, channels);
    expect(sms.to(memberAccount).filter((n) => n.kind === "digest")).toHaveLength(1);

    // 2 July goes by without a scan (the servers were down); 3 July's job, for 2 July, takes what 1 July left.
    api.clock.set(shanghai("2025-07-01T15:00:00"));
    await invite("七月一日下午的协商");
    await runJobs(api, channels);
    api.clock.set(shanghai("2025-07-03T00:05:00"));
    await scheduleDailyJobs(api.db.db, api.clock.now());
    await runJobs(api, channels);
    const later = sms.to(memberAccount).filter((n) => n.kind === "digest");
    expect(later.map((d) => d.title)).toEqual(["6月30日通知汇总：共 3 条", "7月2日通知汇总：共 2 条"]);
    expect(later[1]!.body).toContain("零点后发出的协商");

    // Every notification delivered by digest was carried by exactly one digest, and each digest is the person's own.
    const carried = later.flatMap((d) => d.notificationIds);
    expect(new Set(carried).size).toBe(carried.length);
    const byDigest = await api.db.db
      .select({ id: notification.id, digestId: notification.digestId, accountId: notification.accountId })
      .from(notification)
      .where(and(eq(notification.delivery, "digest")));
    expect(byDigest.map((n) => n.accountId)).toEqual(byDigest.map(() => memberAccount));
    expect(byDigest.filter((n) => n.digestId === null)).toEqual([]);
    expect(new Set(carried)).toEqual(new Set(byDigest.map((n) => n.id)));
    const days = await api.db.db.select({ day: notificationDigest.day }).from(notificationDigest).where(inArray(notificationDigest.accountId, [memberAccount]));
    expect(days.map((d) => d.day).sort()).toEqual(["2025-06-30", "2025-07-02"]);
    expect(await api.db.db.select().from(notification).where(and(eq(notification.delivery, "digest"), isNull(notification.digestId)))).toEqual([]);
  });

  it("is not built before its day has ended", async () => {
    api.clock.set(shanghai("2025-07-03T00:10:00"));
    await api.db.db.insert(outbox).values({ councilId: api.councilId, kind: "notification.digest", key: "notification.digest:2025-07-03", payload: { day: "2025-07-03" }, runAt: api.clock.now() });
    const report = await runJobs(api, channels);
    expect(report.failed).toBe(1);
    expect(sms.to(memberAccount).filter((n) => n.kind === "digest")).toHaveLength(2);
  });
});
