import { checkInFailure, consultation, consultationAttendance, dutyLedgerLive } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, loginAsNew, residentTopic, townshipId, townshipMembers } from "./fixtures";

/**
 * Members typing the 6-digit code at once. Run on Postgres with a pool (DATABASE_URL=…) to see
 * the races PGlite hides: right codes all land, and wrong ones are counted exactly, per account
 * and per address, however many arrive together.
 */
let api: TestApi;
let liaison: Caller;
let members: string[];
let id: string;
let pin: string;
beforeAll(async () => {
  api = await createTestApi();
  liaison = (await api.loginAs("liaison")).caller;
  const danghu = await townshipId(api, "当湖街道");
  members = await townshipMembers(api, "当湖街道", await demoMemberId(api));
  api.clock.set("2025-03-09T02:00:00Z");
  await api.caller(undefined, "192.0.2.1").consultation.publicTopic.submit(residentTopic(danghu, 1));
  const t = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!;
  await liaison.consultation.residentTopic.moderate({ id: t.id, version: t.version, type: "accept" });
  const scheduled = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [t.id], title: "并发签到议事会", plannedDate: "2025-03-10" });
  id = scheduled.consultation.id;
  await api.db.db.update(consultation).set({ startTime: "09:30" }).where(eq(consultation.id, id));
  api.clock.set("2025-03-10T01:30:00Z");
  pin = (await liaison.consultation.checkIn.issuePin({ consultationId: id })).pin;
});
afterAll(() => api?.close());

const wrong = () => String((Number(pin) + 1 + Math.floor(Math.random() * 999_998)) % 1_000_000).padStart(6, "0");
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: { code?: string }) => e.code ?? "ERROR",
  );
const tally = (codes: string[]) => Object.fromEntries([...new Set(codes)].sort().map((c) => [c, codes.filter((x) => x === c).length]));
const failuresOf = async (key: string) => (await api.db.db.select().from(checkInFailure).where(eq(checkInFailure.key, key))).length;

describe("typing the code at once", () => {
  it("checks in every member who types it right together at one venue address", async () => {
    const callers = await Promise.all(members.slice(0, 8).map((m) => loginAsNew(api, "member", { memberId: m }, "203.0.113.1")));
    const codes = await Promise.all(callers.map((c) => outcome(c.consultation.checkIn.enterPin({ pin }))));
    expect(tally(codes)).toEqual({ OK: 8 });
    expect(await api.db.db.select().from(consultationAttendance).where(eq(consultationAttendance.consultationId, id))).toHaveLength(8);
    // Each check-in writes its own member's duty event; none deletes another's written at the same moment.
    const attended = await api.db.db
      .select({ memberId: dutyLedgerLive.memberId })
      .from(dutyLedgerLive)
      .where(and(eq(dutyLedgerLive.sourceId, id), eq(dutyLedgerLive.kind, "consultationAttendance")));
    expect(attended.map((e) => e.memberId).sort()).toEqual(members.slice(0, 8).sort());
  });

  it("counts a burst of wrong codes from one account exactly: five are judged, the rest wait", async () => {
    const guesser = await loginAsNew(api, "member", { memberId: members[8]! }, "203.0.113.2");
    const codes = await Promise.all(Array.from({ length: 12 }, () => outcome(guesser.consultation.checkIn.enterPin({ pin: wrong() }))));
    expect(tally(codes)).toEqual({ BAD_REQUEST: 5, TOO_MANY_REQUESTS: 7 });
    expect(await failuresOf("address:203.0.113.2")).toBe(5);
  });

  it("counts wrong codes from many accounts at one address exactly: thirty, then the address waits", async () => {
    const callers = await Promise.all(members.slice(9, 16).map((m) => loginAsNew(api, "member", { memberId: m }, "203.0.113.3")));
    const codes = await Promise.all(callers.flatMap((c) => Array.from({ length: 5 }, () => outcome(c.consultation.checkIn.enterPin({ pin: wrong() })))));
    expect(tally(codes)).toEqual({ BAD_REQUEST: 30, TOO_MANY_REQUESTS: 5 });
    expect(await failuresOf("address:203.0.113.3")).toBe(30);
  });

  it("keeps every member's attendance duty event when the QR code is scanned at once", async () => {
    const token = (await liaison.consultation.checkIn.issueCode({ consultationId: id })).token;
    const scanners = members.slice(9, 16);
    const callers = await Promise.all(scanners.map((m, i) => loginAsNew(api, "member", { memberId: m }, `198.51.100.${i + 1}`)));
    const codes = await Promise.all(callers.map((c) => outcome(c.consultation.checkIn.scan({ token }))));
    expect(tally(codes)).toEqual({ OK: scanners.length });
    const attended = await api.db.db
      .select({ memberId: dutyLedgerLive.memberId })
      .from(dutyLedgerLive)
      .where(and(eq(dutyLedgerLive.sourceId, id), eq(dutyLedgerLive.kind, "consultationAttendance")));
    expect(attended.map((e) => e.memberId).sort()).toEqual([...members.slice(0, 8), ...scanners].sort());
  });
});
