import { account, auditLog, member, membership, session, verifyPassword } from "@cppcc/db";
import { defaultPasswordRules, mustChangePasswordMessage, passwordProblems } from "@cppcc/domain";
import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, MemoryCookieJar, type Caller, type TestApi } from "../../src/testing";
import { errorOf } from "../roster/helpers";

let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
}, 60_000);
afterAll(() => api?.close());

/** Counted by hand, not by the service: active members of a township group with no login. */
async function withoutLogin(townshipGroupId: string) {
  const { db } = api.db;
  const rows = await db
    .select({ id: member.id })
    .from(member)
    .where(
      and(
        eq(member.townshipGroupId, townshipGroupId),
        eq(member.status, "active"),
        notExists(db.select({ one: sql`1` }).from(account).where(eq(account.memberId, member.id))),
      ),
    );
  return rows.map((r) => r.id).sort();
}

/** Township groups by size, smallest first, so tests hash as few passwords as they need. */
async function groups() {
  const rows = await api.db.db
    .select({ id: member.townshipGroupId, n: count() })
    .from(member)
    .where(and(eq(member.councilId, api.councilId), eq(member.status, "active")))
    .groupBy(member.townshipGroupId)
    .orderBy(sql`count(*)`);
  return rows;
}

async function signIn(username: string, password: string) {
  const jar = new MemoryCookieJar();
  await api.caller(jar).auth.login({ username, password });
  return api.caller(jar);
}

describe("account.openMemberLogins", () => {
  it("opens exactly the group's members without a login, under their phones, forced to change the password", async () => {
    const [group] = await groups();
    const expected = await withoutLogin(group!.id);
    expect(expected.length).toBeGreaterThan(0);
    expect((await admin.roster.members.list({ townshipGroupId: group!.id, login: "none", status: "active" })).total).toBe(expected.length);
    const preview = await admin.account.openPreview({ target: { kind: "filter", townshipGroupId: group!.id } });
    expect(preview).toMatchObject({ willOpen: expected.length, skipped: [] });

    const requestId = randomUUID();
    const result = await admin.account.openMemberLogins({ requestId, delivery: "print", target: { kind: "filter", townshipGroupId: group!.id } });
    expect(result.replayed).toBe(false);
    expect(result.opened.map((o) => o.memberId).sort()).toEqual(expected);
    expect(await withoutLogin(group!.id)).toEqual([]);
    // The roster finds who still has no login, and now finds nobody in the group.
    expect((await admin.roster.members.list({ townshipGroupId: group!.id, login: "none", status: "active" })).total).toBe(0);
    expect((await admin.roster.members.list({ townshipGroupId: group!.id, login: "opened", status: "active" })).total).toBeGreaterThanOrEqual(expected.length);

    const stored = await api.db.db.select().from(account).where(inArray(account.id, result.opened.map((o) => o.accountId)));
    const phones = new Map(
      (await api.db.db.select({ id: member.id, phone: member.phone }).from(member).where(inArray(member.id, expected))).map((m) => [m.id, m.phone]),
    );
    for (const o of result.opened) {
      const row = stored.find((s) => s.id === o.accountId)!;
      expect(o.username).toBe(phones.get(o.memberId));
      expect(row).toMatchObject({ role: "member", memberId: o.memberId, mustChangePassword: true, disabledAt: null });
      expect(passwordProblems(defaultPasswordRules, { password: o.password!, username: o.username, previousPassword: "" })).toEqual([]);
      // Stored only as its hash.
      expect(row.passwordHash).not.toContain(o.password!);
      expect(await verifyPassword(row.passwordHash, o.password!)).toBe(true);
    }
    expect(new Set(result.opened.map((o) => o.password)).size).toBe(result.opened.length);

    const audits = await api.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.open"), inArray(auditLog.entityId, result.opened.map((o) => o.accountId))));
    expect(audits).toHaveLength(result.opened.length);
    for (const a of audits) expect(JSON.stringify(a.after)).not.toContain(result.opened.find((o) => o.accountId === a.entityId)!.password!);
  }, 60_000);

  it("a retried request answers its batch again without passwords; a new request opens nobody twice", async () => {
    const [, group] = await groups();
    const target = { kind: "filter" as const, townshipGroupId: group!.id };
    const requestId = randomUUID();
    const first = await admin.account.openMemberLogins({ requestId, delivery: "print", target });
    expect(first.opened.length).toBeGreaterThan(0);
    const retried = await admin.account.openMemberLogins({ requestId, delivery: "print", target });
    expect(retried.replayed).toBe(true);
    expect(retried.opened.map((o) => o.accountId).sort()).toEqual(first.opened.map((o) => o.accountId).sort());
    expect(retried.opened.every((o) => o.password === null)).toBe(true);
    const again = await admin.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target });
    expect(again).toMatchObject({ replayed: false, opened: [], skipped: [] });
    expect(await admin.account.openPreview({ target })).toMatchObject({ willOpen: 0 });
  }, 60_000);

  it("opens a chosen selection, leaving out withdrawn members and members with a login, and skips a phone already used as a username", async () => {
    const [, , group] = await groups();
    const ids = await withoutLogin(group!.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const [clash, fine, ...rest] = ids;
    const [clashing] = await api.db.db.select({ phone: member.phone }).from(member).where(eq(member.id, clash!));
    // Another login already uses the member's phone as its username (e.g. a staff account).
    await api.addLogin({ username: clashing!.phone, role: "admin" });
    const [withdrawn] = await api.db.db
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.councilId, api.councilId), eq(member.status, "withdrawn")))
      .limit(1);
    const [hasLogin] = await api.db.db.select({ id: account.memberId }).from(account).where(eq(account.username, "member"));
    const chosen = [clash!, fine!, ...(withdrawn ? [withdrawn.id] : []), hasLogin!.id!];
    const result = await admin.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: { kind: "members", memberIds: chosen } });
    expect(result.opened.map((o) => o.memberId)).toEqual([fine]);
    expect(result.skipped).toEqual([{ memberId: clash, name: expect.any(String), reason: expect.stringContaining(clashing!.phone) }]);
    expect(rest.length).toBeGreaterThan(0);
  }, 60_000);

  it("the member signs in with the slip's password and must change it before anything else", async () => {
    const ids = await withoutLogin((await groups())[3]!.id);
    const result = await admin.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: { kind: "members", memberIds: [ids[0]!] } });
    const [slip] = result.opened;
    const jar = new MemoryCookieJar();
    await api.caller(jar).auth.login({ username: slip!.username, password: slip!.password! });
    const member = api.caller(jar);
    expect((await member.auth.me())?.account).toMatchObject({ mustChangePassword: true, role: "member" });
    expect((await errorOf(member.notification.unreadCount())).message).toBe(mustChangePasswordMessage);
    await member.auth.changePassword({ currentPassword: slip!.password!, newPassword: "Lianhua2026" });
    expect((await member.auth.me())?.account.mustChangePassword).toBe(false);
    await expect(member.notification.unreadCount()).resolves.toBeDefined();
  }, 60_000);

  it("opens the members who sit on a committee now, and only them", async () => {
    const { db } = api.db;
    const [smallest] = await db
      .select({ committeeId: membership.targetId, n: count() })
      .from(membership)
      .where(and(eq(membership.councilId, api.councilId), eq(membership.kind, "committee"), isNull(membership.endDate)))
      .groupBy(membership.targetId)
      .orderBy(sql`count(*)`, membership.targetId)
      .limit(1);
    const onCommittee = await db
      .select({ id: member.id })
      .from(member)
      .innerJoin(membership, and(eq(membership.memberId, member.id), eq(membership.kind, "committee"), isNull(membership.endDate)))
      .where(
        and(
          eq(membership.targetId, smallest!.committeeId),
          eq(member.status, "active"),
          notExists(db.select({ one: sql`1` }).from(account).where(eq(account.memberId, member.id))),
        ),
      );
    const result = await admin.account.openMemberLogins({
      requestId: randomUUID(),
      delivery: "print",
      target: { kind: "filter", committeeId: smallest!.committeeId },
    });
    // Everyone on it is opened or, like the member whose phone an earlier test gave another login, skipped with the reason.
    const handled = [...result.opened.map((o) => o.memberId), ...result.skipped.map((s) => s.memberId)];
    expect(handled.sort()).toEqual(onCommittee.map((m) => m.id).sort());
    expect(result.opened.length).toBeGreaterThan(0);
  }, 60_000);

  it("refuses more than a batch at once and anything to other roles", async () => {
    const member = (await api.loginAs("member")).caller;
    const refused = await errorOf(member.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: { kind: "filter" } }));
    expect(refused.code).toBe("FORBIDDEN");
    const bad = await errorOf(admin.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: { kind: "members", memberIds: [] } }));
    expect(bad.message).toContain("请先在名单中选择委员");
  });
});

describe("account.setDisabledMany", () => {
  it("disables the chosen logins and ends their sessions, refuses one's own, and re-enables them", async () => {
    const ids = await withoutLogin((await groups())[4]!.id);
    const opened = await admin.account.openMemberLogins({ requestId: randomUUID(), delivery: "print", target: { kind: "members", memberIds: ids.slice(0, 2) } });
    const callers = await Promise.all(opened.opened.map((o) => signIn(o.username, o.password!)));
    for (const c of callers) expect(await c.auth.me()).not.toBeNull();
    const accountIds = opened.opened.map((o) => o.accountId);

    const me = (await admin.auth.me())!.account.id;
    const own = await errorOf(admin.account.setDisabledMany({ ids: [...accountIds, me], disabled: true }));
    expect(own.message).toContain("不能停用自己的账号");
    expect((await api.db.db.select().from(account).where(and(inArray(account.id, accountIds), isNull(account.disabledAt)))).length).toBe(2);

    expect(await admin.account.setDisabledMany({ ids: accountIds, disabled: true })).toEqual({ changed: 2, unchanged: 0 });
    expect(await api.db.db.select().from(session).where(inArray(session.accountId, accountIds))).toEqual([]);
    for (const c of callers) expect(await c.auth.me()).toBeNull();
    const login = await errorOf(signIn(opened.opened[0]!.username, opened.opened[0]!.password!));
    expect(login.code).toBe("UNAUTHORIZED");
    // Asked again: nothing more changes and nothing more is audited.
    expect(await admin.account.setDisabledMany({ ids: accountIds, disabled: true })).toEqual({ changed: 0, unchanged: 2 });
    const disables = await api.db.db.select().from(auditLog).where(and(eq(auditLog.action, "account.disable"), inArray(auditLog.entityId, accountIds)));
    expect(disables).toHaveLength(2);

    expect(await admin.account.setDisabledMany({ ids: accountIds, disabled: false })).toEqual({ changed: 2, unchanged: 0 });
    const back = await signIn(opened.opened[0]!.username, opened.opened[0]!.password!);
    expect((await back.auth.me())?.account.username).toBe(opened.opened[0]!.username);
  }, 60_000);

  it("answers an unknown account with a Chinese NOT_FOUND", async () => {
    const missing = await errorOf(admin.account.setDisabledMany({ ids: [randomUUID()], disabled: true }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toContain("已不存在");
  });

  it("offers no 短信发送 where SMS is not configured, and refuses it with the reason, opening nobody", async () => {
    const [group] = await groups();
    const target = { kind: "filter" as const, townshipGroupId: group!.id };
    expect((await admin.account.openPreview({ target })).smsOffered).toBe(false);
    const before = await withoutLogin(group!.id);
    const refused = await errorOf(admin.account.openMemberLogins({ requestId: randomUUID(), delivery: "sms", target }));
    expect(refused.message).toContain("未配置短信服务");
    expect(await withoutLogin(group!.id)).toEqual(before);
  });
});
