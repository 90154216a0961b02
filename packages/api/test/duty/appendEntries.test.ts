import { dutyLedger, member } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAndReadLive } from "../../src/services/duty/appendEntries";
import { liveEntriesOf } from "../../src/services/duty/liveEntries";
import { createTestApi, type TestApi } from "../../src/testing";
import { demoMemberId } from "../consultation/fixtures";

/**
 * The append that answers the live entries after it in one statement (the stored score's one round
 * trip) must answer exactly what a read after the append answers: new entries in, reversed ones
 * out, other years and other members untouched. On PGlite, and on Postgres with DATABASE_URL.
 */
let api: TestApi;
let councilId: string;
let memberId: string;

beforeAll(async () => {
  api = await createTestApi();
  memberId = await demoMemberId(api);
  councilId = (await api.db.db.select({ councilId: member.councilId }).from(member).where(eq(member.id, memberId)))[0]!.councilId;
});
afterAll(() => api?.close());

const entry = (kind: string, at: string, sourceId: string, extra: Partial<typeof dutyLedger.$inferInsert> = {}) => ({
  councilId,
  memberId,
  kind,
  occurredAt: new Date(at),
  sourceTable: "append_test",
  sourceId,
  recordedAt: new Date("2025-12-01T10:00:00+08:00"),
  ...extra,
});

const sorted = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("appendAndReadLive", () => {
  it("answers what a read after the append answers, a reversal and two years in one append", async () => {
    const [kept, reversed] = await api.db.db
      .insert(dutyLedger)
      .values([entry("speech", "2025-03-01T09:00:00+08:00", "a", { role: "lead", signers: 2 }), entry("research", "2025-04-01T09:00:00+08:00", "b")])
      .returning({ id: dutyLedger.id });
    const changed = [
      { memberId, year: 2025 },
      { memberId, year: 2024 },
    ];
    const answered = await api.db.db.transaction(async (tx) => {
      const live = await appendAndReadLive(
        tx,
        councilId,
        [
          entry("publicWelfare", "2025-05-01T09:00:00+08:00", "c", { level: "city" }),
          // Shanghai's 1 January 2025 at 07:00 is 31 December 2024 in UTC: it counts in 2025.
          entry("award", "2025-01-01T07:00:00+08:00", "d"),
          entry("award", "2024-12-31T23:00:00+08:00", "e"),
          entry("research", "2025-12-01T10:00:00+08:00", "b", { reversesId: reversed!.id }),
        ],
        changed,
      );
      const after = await Promise.all(changed.map((c) => liveEntriesOf(tx, councilId, [memberId], c.year)));
      return { live, after };
    });
    expect(answered.live.map((y) => y.year)).toEqual([2025, 2024]);
    for (const [i, year] of answered.live.entries()) expect(sorted(year.entries)).toEqual(sorted(answered.after[i]!));
    const ids2025 = answered.live[0]!.entries.map((e) => e.id);
    expect(ids2025).toContain(kept!.id);
    expect(ids2025).not.toContain(reversed!.id);
    expect(answered.live[0]!.entries.filter((e) => e.source.table === "append_test").map((e) => e.source.id).sort()).toEqual(["a", "c", "d"]);
    expect(answered.live[1]!.entries.filter((e) => e.source.table === "append_test").map((e) => e.source.id)).toEqual(["e"]);
  });
});
