import { account, member } from "@cppcc/db";
import { withAdmin } from "@cppcc/db/testing";
import { randomUUID } from "node:crypto";
import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";

/**
 * Two office workers opening logins at once, on overlapping sets. Run with DATABASE_URL for real
 * concurrent connections (a pool of 4); on PGlite the transactions queue, which must answer the same.
 */
let api: TestApi;
let first: Caller;
let second: Caller;
beforeAll(async () => {
  api = await createTestApi();
  first = (await api.loginAs("admin")).caller;
  second = await api.addLogin({ username: "office2", role: "admin" });
}, 60_000);
afterAll(() => api?.close());

const loginsPerMember = () =>
  api.db.db
    .select({ memberId: account.memberId, n: count() })
    .from(account)
    .where(and(eq(account.councilId, api.councilId), isNotNull(account.memberId)))
    .groupBy(account.memberId);

describe("bulk openings at once", () => {
  it("give no member two logins and leave no batch half done", async () => {
    // A sector and a township group that share members, so the two batches overlap.
    const [pair] = await api.db.db
      .select({ sectorId: member.sectorId, townshipGroupId: member.townshipGroupId, n: count() })
      .from(member)
      .where(and(eq(member.councilId, api.councilId), eq(member.status, "active")))
      .groupBy(member.sectorId, member.townshipGroupId)
      .orderBy(sql`count(*) desc`)
      .limit(1);
    const bySector = { kind: "filter" as const, sectorId: pair!.sectorId };
    const byGroup = { kind: "filter" as const, townshipGroupId: pair!.townshipGroupId };
    // Counted by hand, not by the service: active members in the sector or the group without a login.
    const [union] = await api.db.db
      .select({ n: count() })
      .from(member)
      .where(
        and(
          eq(member.councilId, api.councilId),
          eq(member.status, "active"),
          sql`(${member.sectorId} = ${pair!.sectorId} or ${member.townshipGroupId} = ${pair!.townshipGroupId})`,
          sql`not exists (select 1 from ${account} where ${account.memberId} = ${member.id})`,
        ),
      );
    const before = (await loginsPerMember()).length;

    // Both workers on the same sector (their transactions overlap, each having hashed as many passwords), one also on the group.
    const batches = await Promise.all([
      first.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: bySector }),
      second.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: bySector }),
      second.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: byGroup }),
    ]);
    const opened = batches.flatMap((b) => b.opened.map((o) => o.memberId));
    expect(new Set(opened).size).toBe(opened.length);
    // Whoever went second opened only those the first had not: together exactly the union, once each.
    expect(opened.length).toBe(union!.n);
    expect(pair!.n).toBeGreaterThan(1);
    const perMember = await loginsPerMember();
    expect(perMember.every((r) => r.n === 1)).toBe(true);
    expect(perMember.length).toBe(before + opened.length);
    // Each batch is whole: every login it answered exists with its password hash.
    for (const batch of batches) {
      const ids = batch.opened.map((o) => o.accountId);
      if (ids.length === 0) continue;
      const rows = await api.db.db.select({ id: account.id }).from(account).where(sql`${account.id} in ${ids}`);
      expect(rows).toHaveLength(ids.length);
    }
  }, 120_000);

  it("a request sent twice at once (a double click, a retry) opens its batch once", async () => {
    const [group] = await api.db.db
      .select({ id: member.townshipGroupId })
      .from(member)
      .where(and(eq(member.councilId, api.councilId), eq(member.status, "active")))
      .groupBy(member.townshipGroupId)
      .orderBy(sql`count(*)`)
      .limit(1);
    const target = { kind: "filter" as const, townshipGroupId: group!.id };
    const willOpen = (await first.account.openPreview({ target })).willOpen;
    expect(willOpen).toBeGreaterThan(0);
    const requestId = randomUUID();
    const answers = await Promise.all([
      first.account.openMemberLogins({ requestId, delivery: "print", target }),
      first.account.openMemberLogins({ requestId, delivery: "print", target }),
    ]);
    expect(answers.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect(answers.every((r) => r.opened.length === willOpen)).toBe(true);
    expect((await loginsPerMember()).every((r) => r.n === 1)).toBe(true);
  }, 120_000);

  it.skipIf(!process.env.DATABASE_URL)("hold each other up when their transactions meet, and the second opens nobody the first did", async () => {
    const [group] = await api.db.db
      .select({ id: member.townshipGroupId })
      .from(member)
      .where(
        and(
          eq(member.councilId, api.councilId),
          eq(member.status, "active"),
          sql`not exists (select 1 from ${account} where ${account.memberId} = ${member.id})`,
        ),
      )
      .groupBy(member.townshipGroupId)
      .orderBy(sql`count(*) desc`)
      .limit(1);
    const target = { kind: "filter" as const, townshipGroupId: group!.id };
    const willOpen = (await first.account.openPreview({ target })).willOpen;
    expect(willOpen).toBeGreaterThan(0);
    // Writes to the username registry wait until this transaction ends, so both batches reach their
    // transaction before either can write: the timing two busy office workers might meet by chance.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = withAdmin(api.db.url!, (other) =>
      other.begin(async (tx) => {
        await tx`lock table account_username in exclusive mode`;
        await released;
      }),
    );
    await until(async () => (await waiting("relation")) >= 1 || (await lockHeld()));
    const running = Promise.allSettled([
      first.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target }),
      second.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target }),
    ]);
    await until(async () => (await waiting()) >= 2);
    release();
    await held;
    const [a, b] = await running;
    expect(a.status).toBe("fulfilled");
    expect(b.status).toBe("fulfilled");
    const counts = [a, b].map((r) => (r.status === "fulfilled" ? r.value.opened.length : -1)).sort((x, y) => x - y);
    expect(counts).toEqual([0, willOpen]);
    expect((await loginsPerMember()).every((r) => r.n === 1)).toBe(true)
  }, 120_000);
});

async function until(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("the two batches never met");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sessions of this database waiting for a lock (of one kind, if named). */
async function waiting(kind?: string): Promise<number> {
  const rows = (await api.db.db.execute(
    sql`select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where a.datname = current_database() and not l.granted ${kind ? sql`and l.locktype = ${kind}` : sql``}`,
  )) as unknown as { n: number }[];
  return rows[0]!.n;
}

/** The exclusive lock on the username registry is taken. */
async function lockHeld(): Promise<boolean> {
  const rows = (await api.db.db.execute(
    sql`select count(*)::int as n from pg_locks where relation = 'account_username'::regclass and mode = 'ExclusiveLock' and granted`,
  )) as unknown as { n: number }[];
  return rows[0]!.n > 0;
}
