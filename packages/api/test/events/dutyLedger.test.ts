import { auditLog, consultation, dutyLedger, dutyLedgerLive, outbox, timelineEntry } from "@cppcc/db";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../src/services/events/actor";
import { dutyCredit, type DutySettlement } from "../../src/services/events/duty";
import { recordEvent } from "../../src/services/events/record";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, loginAsNew, residentTopic, townshipId, townshipMembers } from "../consultation/fixtures";

/**
 * The duty ledger through the event seam. Run on Postgres with a pool (DATABASE_URL=…) to see the
 * races PGlite hides: members checking in at once each get exactly one attendance entry, and a
 * correction appends a reversal and a new entry instead of rewriting the record.
 */
let api: TestApi;
let liaison: Caller;
let members: string[];
let id: string;
let pin: string;
/** Check-ins by code that recorded attendance (not "already checked in"). */
let landedByCode = 0;
beforeAll(async () => {
  api = await createTestApi();
  liaison = (await api.loginAs("liaison")).caller;
  const danghu = await townshipId(api, "当湖街道");
  members = (await townshipMembers(api, "当湖街道", await demoMemberId(api))).slice(0, 20);
  expect(members).toHaveLength(20);
  api.clock.set("2025-03-09T02:00:00Z");
  await api.caller(undefined, "192.0.2.1").consultation.publicTopic.submit(residentTopic(danghu, 1));
  const t = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!;
  await liaison.consultation.residentTopic.moderate({ id: t.id, version: t.version, type: "accept" });
  const scheduled = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [t.id], title: "台账议事会", plannedDate: "2025-03-10" });
  id = scheduled.consultation.id;
  await api.db.db.update(consultation).set({ startTime: "09:30" }).where(eq(consultation.id, id));
  api.clock.set("2025-03-10T01:30:00Z");
  pin = (await liaison.consultation.checkIn.issuePin({ consultationId: id })).pin;
});
afterAll(() => api?.close());

const ledgerOf = (memberId: string) =>
  api.db.db
    .select()
    .from(dutyLedger)
    .where(and(eq(dutyLedger.sourceTable, "consultation"), eq(dutyLedger.sourceId, id), eq(dutyLedger.memberId, memberId)));
const liveOf = async (memberIds: string[]) =>
  api.db.db
    .select({ memberId: dutyLedgerLive.memberId, kind: dutyLedgerLive.kind })
    .from(dutyLedgerLive)
    .where(and(eq(dutyLedgerLive.sourceTable, "consultation"), eq(dutyLedgerLive.sourceId, id), inArray(dutyLedgerLive.memberId, memberIds)));
const invitationOf = async (memberId: string) =>
  (await liaison.consultation.invitation.list({ consultationId: id, limit: 100 })).items.find((i) => i.memberId === memberId)!;

describe("the duty ledger", () => {
  it("gives each of 16 members checking in at once, twice each, exactly one attendance entry", async () => {
    const crowd = members.slice(0, 16);
    const callers = await Promise.all(crowd.map((m, i) => loginAsNew(api, "member", { memberId: m }, `203.0.113.${i + 1}`)));
    const answers = await Promise.all(callers.flatMap((c) => [c.consultation.checkIn.enterPin({ pin }), c.consultation.checkIn.enterPin({ pin })]));
    landedByCode += answers.filter((a) => !a.alreadyCheckedIn).length;
    expect(landedByCode).toBe(16);
    const rows = await api.db.db
      .select({ memberId: dutyLedger.memberId, kind: dutyLedger.kind, reversesId: dutyLedger.reversesId })
      .from(dutyLedger)
      .where(and(eq(dutyLedger.sourceTable, "consultation"), eq(dutyLedger.sourceId, id)));
    expect(rows.map((r) => r.memberId).sort()).toEqual([...crowd].sort());
    expect(rows.every((r) => r.kind === "consultationAttendance" && r.reversesId === null)).toBe(true);
  });

  it("adds nothing when the organiser marks present, at the same moment, members who are checking in", async () => {
    const pair = members.slice(16, 18);
    const callers = await Promise.all(pair.map((m, i) => loginAsNew(api, "member", { memberId: m }, `198.51.100.${i + 1}`)));
    const mark = (memberId: string) => liaison.consultation.checkIn.mark({ consultationId: id, memberId, present: true });
    const [pins] = await Promise.all([Promise.all(callers.map((c) => c.consultation.checkIn.enterPin({ pin }))), Promise.all([...pair, ...pair].map(mark))]);
    landedByCode += pins.filter((a) => !a.alreadyCheckedIn).length;
    for (const m of pair) expect((await ledgerOf(m)).map((e) => e.kind)).toEqual(["consultationAttendance"]);
  });

  it("corrects after the meeting by appending a reversal and a new entry, never by deleting or rewriting", async () => {
    const [onLeave, absent] = [members[18]!, members[19]!];
    const member = await loginAsNew(api, "member", { memberId: onLeave });
    const inv = await invitationOf(onLeave);
    const asked = await member.consultation.invitation.reply({ id: inv.id, version: inv.version, type: "requestLeave", reason: "临时出差" });
    await liaison.consultation.invitation.decide({ id: inv.id, version: asked.version, type: "approveLeave" });
    const { version } = await liaison.consultation.get({ id });
    await liaison.consultation.transition({ id, version, event: { type: "hold" } });
    expect(await liveOf([onLeave, absent, members[0]!])).toEqual(
      expect.arrayContaining([
        { memberId: onLeave, kind: "consultationLeave" },
        { memberId: absent, kind: "consultationAbsence" },
        { memberId: members[0], kind: "consultationAttendance" },
      ]),
    );
    const before = await api.db.db.select().from(dutyLedger);

    // Absent → present; the leave revoked because the member came after all; present → absent.
    await liaison.consultation.checkIn.mark({ consultationId: id, memberId: absent, present: true });
    await liaison.consultation.checkIn.mark({ consultationId: id, memberId: onLeave, present: true });
    await liaison.consultation.checkIn.mark({ consultationId: id, memberId: members[0]!, present: false });
    // The same corrections sent again change nothing.
    await liaison.consultation.checkIn.mark({ consultationId: id, memberId: absent, present: true });
    await liaison.consultation.checkIn.mark({ consultationId: id, memberId: members[0]!, present: false });

    const after = await api.db.db.select().from(dutyLedger);
    for (const row of before) expect(after).toContainEqual(row);
    expect(after).toHaveLength(before.length + 6);
    for (const [m, was, now] of [
      [absent, "consultationAbsence", "consultationAttendance"],
      [onLeave, "consultationLeave", "consultationAttendance"],
      [members[0]!, "consultationAttendance", "consultationAbsence"],
    ] as const) {
      const entries = await ledgerOf(m);
      const original = entries.find((e) => e.kind === was && e.reversesId === null)!;
      expect(entries.filter((e) => e.reversesId === original.id)).toHaveLength(1);
      expect(entries.filter((e) => e.kind === now && e.reversesId === null)).toHaveLength(1);
      expect(await liveOf([m])).toEqual([{ memberId: m, kind: now }]);
    }
  });

  it("shows the consultation's timeline as the seam wrote it, a member seeing the office's lines and their own", async () => {
    const staffView = await liaison.consultation.timeline({ id });
    const labels = staffView.map((l) => l.label);
    expect(labels).toEqual(expect.arrayContaining(["由群众议题安排协商", "生成签到码", "签到码签到", "准假", "登记为已召开", "登记出席", "撤销出席登记"]));
    // One line per check-in that landed: in the race above the organiser's mark may have come first.
    expect(labels.filter((l) => l === "签到码签到")).toHaveLength(landedByCode);
    const one = await loginAsNew(api, "member", { memberId: members[19]! });
    const own = await one.consultation.timeline({ id });
    expect(own.map((l) => l.label)).not.toContain("签到码签到");
    expect(own.map((l) => l.label)).toContain("登记为已召开");
  });
});

describe("recordEvent", () => {
  const key = `test:${Math.random().toString(36).slice(2)}`;
  const event = (entityId: string) => ({
    action: "test.happened",
    entity: "test_record",
    entityId,
    after: { ok: true },
    occurredAt: new Date("2025-03-10T02:00:00Z"),
    timeline: { label: "发生了一件事", note: "说明" },
    outbox: [{ councilId: api.councilId, kind: "test", key: `${key}:${entityId}`, runAt: new Date("2025-03-10T02:00:00Z") }],
  });
  const written = async (entityId: string) => ({
    audit: await api.db.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)),
    timeline: await api.db.db.select().from(timelineEntry).where(eq(timelineEntry.entityId, entityId)),
    outbox: await api.db.db.select().from(outbox).where(eq(outbox.key, `${key}:${entityId}`)),
  });

  it("writes the audit row, the timeline entry and the outbox row from one call, in the change's transaction", async () => {
    await api.db.db.transaction((tx) => recordEvent(tx, systemActor(api.councilId), event("kept")));
    const { audit, timeline, outbox: due } = await written("kept");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.occurredAt.toISOString()).toBe("2025-03-10T02:00:00.000Z");
    expect(audit[0]!.accountId).toBeNull();
    expect(timeline.map((t) => [t.label, t.note, t.actorName])).toEqual([["发生了一件事", "说明", "系统"]]);
    expect(due).toHaveLength(1);
  });

  it("leaves none of them when the change rolls back", async () => {
    const failed = api.db.db.transaction(async (tx) => {
      await recordEvent(tx, systemActor(api.councilId), event("rolledBack"));
      throw new Error("the change failed after recording");
    });
    await expect(failed).rejects.toThrow("the change failed");
    expect(await written("rolledBack")).toEqual({ audit: [], timeline: [], outbox: [] });
  });
});

describe("settling one member's duty from many transactions at once", () => {
  const source = { table: "consultation_speech", id: "00000000-0000-4000-8000-00000000beef" };
  const kinds = ["consultationAttendance", "consultationAbsence"];
  const at = new Date("2025-03-10T02:00:00Z");
  const record = (duty: DutySettlement[]) =>
    api.db.db.transaction((tx) => recordEvent(tx, systemActor(api.councilId), { action: "test.settle", entity: "test_record", entityId: source.id, occurredAt: at, duty }));
  const entriesOf = (memberId: string) =>
    api.db.db.select().from(dutyLedger).where(and(eq(dutyLedger.memberId, memberId), eq(dutyLedger.sourceId, source.id)));

  it("appends one entry when the same credit is recorded eight times at once", async () => {
    const m = members[0]!;
    await Promise.all(Array.from({ length: 8 }, () => record([dutyCredit(m, "consultationSpeech", source, at)])));
    expect((await entriesOf(m)).map((e) => e.kind)).toEqual(["consultationSpeech"]);
  });

  it("keeps one live entry, and a consistent record of reversals, when contrary changes race", async () => {
    const m = members[1]!;
    const wanted = Array.from({ length: 12 }, (_, i) => kinds[i % 2]!);
    await Promise.all(wanted.map((kind) => record([{ memberId: m, source, governs: kinds, entries: [{ kind, occurredAt: at }] }])));
    const entries = await entriesOf(m);
    const reversed = new Set(entries.flatMap((e) => (e.reversesId ? [e.reversesId] : [])));
    const live = entries.filter((e) => e.reversesId === null && !reversed.has(e.id));
    expect(live).toHaveLength(1);
    // Every reversal cancels an entry of this member and source, each at most once.
    expect(reversed.size).toBe(entries.filter((e) => e.reversesId).length);
    for (const r of reversed) expect(entries.some((e) => e.id === r && e.reversesId === null)).toBe(true);
    expect(await api.db.db.select({ kind: dutyLedgerLive.kind }).from(dutyLedgerLive).where(eq(dutyLedgerLive.sourceId, source.id))).toEqual(
      expect.arrayContaining([{ kind: live[0]!.kind }]),
    );
  });
});
