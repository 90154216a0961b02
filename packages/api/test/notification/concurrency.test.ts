import { consultationInvitation, hashPassword, insertAccounts, notification, outbox } from "@cppcc/db";
import { demoPassword } from "@cppcc/db/seed";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerJobs, drainDueJobs } from "../../src/jobs";
import { fanOut } from "../../src/services/notification/fanOut";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId } from "../consultation/fixtures";
import { markNotificationsDone } from "../../src/services/notification/done";
import { otherMembers } from "../proposal/fixtures";

/**
 * What happens at once in real use: two servers' workers on the same events, and members
 * answering while their notifications are being written. With DATABASE_URL these run on Postgres
 * with a pool of connections, really at the same time; on PGlite they take turns.
 */
let api: TestApi;
let admin: Caller;
let economy: string;
let members: { id: string }[];
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  economy = await committeeId(api, "经济委员会");
  members = await otherMembers(api, 120);
  // Logins for the invited members, as bulk opening gives them.
  const passwordHash = await hashPassword(demoPassword);
  await insertAccounts(
    api.db.db,
    members.map((m, i) => ({ councilId: api.councilId, username: `fanout-${i}`, displayName: `委员${i}`, role: "member" as const, passwordHash, memberId: m.id })),
  );
}, 120_000);
afterAll(() => api?.close());

async function plannedWithInvitations(title: string) {
  const c = await admin.consultation.create({ title, formatCode: "topicalConsultation", year: 2026, leadCommitteeId: economy });
  await admin.consultation.transition({ id: c.id, version: c.version, event: { type: "plan" } });
  await admin.consultation.invitation.invite({ consultationId: c.id, selection: { memberIds: members.map((m) => m.id) } });
  return c.id;
}

const invitedNotes = (consultationId: string) =>
  api.db.db
    .select({ accountId: notification.accountId, doneAt: notification.doneAt, subjectId: notification.subjectId })
    .from(notification)
    .where(and(eq(notification.kind, "consultation.invited"), sql`${notification.link} ->> 'path' = ${`/activities/${consultationId}`}`));

describe("fan-out at once", () => {
  it("writes each person's notification once when two workers run the same rounds together", async () => {
    const id = await plannedWithInvitations("两台服务器同时处理的协商");
    // A second round and a third, so there are several fan-out jobs of one event to race over.
    await admin.consultation.invitation.invite({ consultationId: id, selection: { memberIds: members.slice(0, 10).map((m) => m.id) } });
    const [extra] = await otherMembers(api, 1, members.map((m) => m.id));
    await admin.consultation.invitation.invite({ consultationId: id, selection: { memberIds: [extra!.id] } });
    const jobs = [createServerJobs(), createServerJobs()];
    const reports = await Promise.all(jobs.map((j) => drainDueJobs(api.db, j, { clock: api.clock, batchSize: 1 })));
    expect(reports.reduce((n, r) => n + r.done, 0)).toBeGreaterThanOrEqual(2);
    const notes = await invitedNotes(id);
    // Members with a login each get one; the extra member has none and gets nothing.
    expect(notes).toHaveLength(members.length);
    expect(new Set(notes.map((n) => n.accountId)).size).toBe(members.length);
    const left = await api.db.db.select().from(outbox).where(and(eq(outbox.kind, "notification.fanOut"), sql`${outbox.doneAt} is null`));
    expect(left).toEqual([]);
  });

  it("the same fan-out run twice at once adds each row once", async () => {
    const id = await plannedWithInvitations("同一任务并发执行");
    const payload = { kind: "consultation.invited" as const, event: `consultation.invited:${id}`, data: { consultationId: id } };
    const written = await Promise.all(
      [1, 2, 3].map(() => api.db.db.transaction((tx) => fanOut(tx, api.councilId, payload, { now: api.clock.now(), channels: false }))),
    );
    expect(written.reduce((a, b) => a + b, 0)).toBe(members.length);
    expect(await invitedNotes(id)).toHaveLength(members.length);
  });

  it("never leaves an answered invitation waiting in 待办 when members answer while the fan-out runs", async () => {
    const id = await plannedWithInvitations("边通知边回复的协商");
    const invitations = await api.db.db.select().from(consultationInvitation).where(eq(consultationInvitation.consultationId, id));
    const answering = invitations.slice(0, 40);
    // Members accept as the reply service does (the invitation and its notifications in one transaction) while the worker writes.
    const replies = answering.map((inv) =>
      api.db.db.transaction(async (tx) => {
        await tx.update(consultationInvitation).set({ state: "accepted" }).where(eq(consultationInvitation.id, inv.id));
        await markNotificationsDone(tx, { councilId: api.councilId, entity: "consultation_invitation", id: inv.id, kinds: ["consultation.invited"] }, api.clock.now());
      }),
    );
    await Promise.all([drainDueJobs(api.db, createServerJobs(), { clock: api.clock }), ...replies]);
    const notes = await invitedNotes(id);
    expect(notes).toHaveLength(members.length);
    const answered = new Set(answering.map((i) => i.id));
    expect(notes.filter((n) => answered.has(n.subjectId!) && n.doneAt === null)).toEqual([]);
    expect(notes.filter((n) => !answered.has(n.subjectId!) && n.doneAt !== null)).toEqual([]);
  });
});
