import { auditLog, membership } from "@cppcc/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, MemoryCookieJar, type Caller, type TestApi } from "../../src/testing";
import { errorOf } from "./helpers";

let api: TestApi;
let admin: Caller;
let lookups: Awaited<ReturnType<Caller["roster"]["lookups"]>>;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  lookups = await admin.roster.lookups();
});
afterAll(() => api?.close());

const newMember = (phone: string, post: "member" | "chair" = "member") => ({
  termId: lookups.terms[0]!.id,
  name: "欧阳明月",
  gender: "female" as const,
  birthDate: "1980-05-01",
  ethnicity: "汉族",
  partyAffiliation: "cdl" as const,
  sectorId: lookups.sectors[3]!.id,
  committeeIds: [lookups.committees[0]!.id, lookups.committees[1]!.id],
  townshipGroupId: lookups.townshipGroups[0]!.id,
  employerAndTitle: "平湖市实验小学副校长",
  phone,
  post,
  joinedOn: "2024-03-01",
});

describe("create, edit and withdraw members", () => {
  it("creates a member with dated memberships and finds them by initials", async () => {
    const { id } = await admin.roster.members.create(newMember("13700000001"));
    const m = await admin.roster.members.get({ id });
    expect(m.committeeIds).toHaveLength(2);
    expect(m.memberships.every((r) => r.startDate === "2024-03-01" && r.endDate === null)).toBe(true);
    const found = await admin.roster.members.list({ query: "oymy" });
    expect(found.items.map((i) => i.id)).toContain(id);
  });

  it("refuses a second chair, a duplicate phone, no committee and a foreign id — each with its reason", async () => {
    const chair = await errorOf(admin.roster.members.create(newMember("13700000002", "chair")));
    expect(chair.code).toBe("BAD_REQUEST");
    expect(chair.message).toMatch(/本届已有主席（.+），每届只能有一位主席/);
    const dup = await errorOf(admin.roster.members.create(newMember("13700000001")));
    expect(dup.message).toMatch(/手机号 13700000001 已被本届委员欧阳明月使用/);
    const none = await errorOf(admin.roster.members.create({ ...newMember("13700000003"), committeeIds: [] }));
    expect(none.message).toMatch(/至少参加一个专委会（全员入委）/);
    const foreign = await errorOf(admin.roster.members.create({ ...newMember("13700000004"), sectorId: crypto.randomUUID() }));
    expect(foreign.message).toBe("所选界别不存在，请重新选择");
    const badPhone = await errorOf(admin.roster.members.create({ ...newMember("12345") }));
    expect(badPhone.code).toBe("BAD_REQUEST");
  });

  it("moves a member to another committee keeping the old membership as history", async () => {
    const { id, version } = await admin.roster.members.create(newMember("13700000005"));
    const next = [lookups.committees[0]!.id, lookups.committees[4]!.id];
    await admin.roster.members.update({ id, version, committeeIds: next, changedOn: "2025-01-10" });
    const m = await admin.roster.members.get({ id });
    expect(m.committeeIds.sort()).toEqual([...next].sort());
    const closed = m.memberships.find((r) => r.targetId === lookups.committees[1]!.id)!;
    expect(closed).toMatchObject({ startDate: "2024-03-01", endDate: "2025-01-10" });
    expect(m.memberships.find((r) => r.targetId === lookups.committees[4]!.id)).toMatchObject({ startDate: "2025-01-10", endDate: null });
  });

  it("refuses a stale version with CONFLICT and keeps the first edit", async () => {
    const { id, version } = await admin.roster.members.create(newMember("13700000006"));
    const [a, b] = await Promise.allSettled([
      admin.roster.members.update({ id, version, employerAndTitle: "第一次修改的单位" }),
      admin.roster.members.update({ id, version, employerAndTitle: "第二次修改的单位" }),
    ]);
    const outcomes = [a.status, b.status].sort();
    expect(outcomes).toEqual(["fulfilled", "rejected"]);
    const rejected = [a, b].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
    expect(rejected.reason.message).toBe("该委员信息已被他人修改，请刷新后再编辑");
    const m = await admin.roster.members.get({ id });
    expect(m.version).toBe(version + 1);
  });

  it("withdraws a member: history intact, memberships closed, login disabled, audited", async () => {
    const { id, version } = await admin.roster.members.create(newMember("13700000007"));
    await admin.account.create({ username: "oyangmy", role: "member", password: "secret-pass", memberId: id });
    const jar = new MemoryCookieJar();
    await api.caller(jar).auth.login({ username: "oyangmy", password: "secret-pass" });

    await admin.roster.members.withdraw({ id, version, withdrawnOn: "2025-06-30", reason: "工作调动离开本市" });
    const m = await admin.roster.members.get({ id });
    expect(m).toMatchObject({ status: "withdrawn", withdrawnOn: "2025-06-30", withdrawalReason: "工作调动离开本市" });
    expect(m.memberships.length).toBeGreaterThan(0);
    expect(m.memberships.every((r) => r.endDate === "2025-06-30")).toBe(true);
    expect(await api.caller(jar).auth.me()).toBeNull();
    const again = await errorOf(admin.roster.members.withdraw({ id, version: m.version, withdrawnOn: "2025-07-01", reason: "重复操作" }));
    expect(again.message).toMatch(/已于 2025-06-30 退出，无需重复操作/);
    const audit = await api.db.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "roster.member.withdraw")));
    expect(audit).toHaveLength(1);
    const rows = await api.db.db.select().from(membership).where(eq(membership.memberId, id));
    expect(rows.length).toBe(4);
  });

  it("lets a member change their own phone, audited, and nobody else's", async () => {
    const { caller: member } = await api.loginAs("member");
    const me = (await member.auth.me())!;
    const before = await member.roster.members.get({ id: me.account.memberId! });
    await member.roster.members.updateOwnPhone({ phone: "13811112222" });
    expect((await member.roster.members.get({ id: me.account.memberId! })).phone).toBe("13811112222");
    const [row] = await api.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, me.account.memberId!), eq(auditLog.action, "roster.member.updateOwnPhone")));
    expect(row?.before).toEqual({ phone: before.phone });
    expect(row?.after).toEqual({ phone: "13811112222" });
    expect((await errorOf(member.roster.members.updateOwnPhone({ phone: "13700000001" }))).message).toMatch(/已被本届委员/);
    expect((await errorOf(member.roster.members.update({ id: me.account.memberId!, version: 1, phone: "13811113333" }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("accounts", () => {
  it("creates logins, resets a password (ending sessions) and disables an account", async () => {
    const created = await admin.account.create({
      username: "Liaison2",
      displayName: "王五（钟埭街道联络员）",
      role: "liaison",
      password: "first-pass",
      townshipId: lookups.townships[1]!.id,
    });
    expect(created.username).toBe("liaison2");
    const dup = await errorOf(admin.account.create({ username: "liaison2", displayName: "重复", role: "admin", password: "whatever1" }));
    expect(dup.code).toBe("CONFLICT");
    const jar = new MemoryCookieJar();
    await api.caller(jar).auth.login({ username: "liaison2", password: "first-pass" });
    await admin.account.resetPassword({ id: created.id, password: "second-pass" });
    expect(await api.caller(jar).auth.me()).toBeNull();
    await expect(api.caller(jar).auth.login({ username: "liaison2", password: "second-pass" })).resolves.toBeTruthy();
    await admin.account.setDisabled({ id: created.id, disabled: true });
    expect(await api.caller(jar).auth.me()).toBeNull();
    const self = (await admin.auth.me())!;
    expect((await errorOf(admin.account.setDisabled({ id: self.account.id, disabled: true }))).message).toBe("不能停用自己正在使用的账号");
  });
});
