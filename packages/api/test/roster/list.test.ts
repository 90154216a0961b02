import { member, term } from "@cppcc/db";
import { invalidCursorMessage, pinyinInitials } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { errorOf } from "./helpers";

let api: TestApi;
let admin: Caller;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
});
afterAll(() => api?.close());

async function all(caller: Caller, filters: Parameters<Caller["roster"]["members"]["list"]>[0]) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await caller.roster.members.list({ ...filters, cursor, limit: 37 });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("roster.members.list", () => {
  it("walks the whole term by keyset without repeats or gaps", async () => {
    const items = await all(admin, {});
    expect(items.length).toBe(302);
    expect(new Set(items.map((m) => m.id)).size).toBe(302);
    expect(items.filter((m) => m.status === "withdrawn")).toHaveLength(2);
  });

  it("filters by sector, committee, group, party, post and status", async () => {
    const { sectors, committees } = await admin.roster.lookups();
    const cpc = sectors.find((s) => s.name === "中共")!;
    const bySector = await all(admin, { sectorId: cpc.id });
    expect(bySector.length).toBeGreaterThan(0);
    expect(bySector.every((m) => m.sectorId === cpc.id)).toBe(true);

    const proposals = committees.find((c) => c.name === "提案委员会")!;
    const byCommittee = await all(admin, { committeeId: proposals.id, status: "active" });
    expect(byCommittee.length).toBeGreaterThan(0);
    expect(byCommittee.every((m) => m.committeeIds.includes(proposals.id) && m.status === "active")).toBe(true);

    const chairs = await all(admin, { post: "chair" });
    expect(chairs).toHaveLength(1);
    const standing = await all(admin, { post: "standing", partyAffiliation: "cpc" });
    expect(standing.every((m) => m.post === "standing" && m.partyAffiliation === "cpc")).toBe(true);
  });

  it("finds a member by pinyin initials, full pinyin prefix or part of the name", async () => {
    const [someone] = (await admin.roster.members.list({ limit: 1, post: "viceChair" })).items;
    const initials = pinyinInitials(someone!.name);
    const byInitials = await all(admin, { query: initials });
    expect(byInitials.map((m) => m.id)).toContain(someone!.id);
    expect(byInitials.every((m) => pinyinInitials(m.name).startsWith(initials))).toBe(true);
    const byHan = await all(admin, { query: someone!.name.slice(1) });
    expect(byHan.map((m) => m.id)).toContain(someone!.id);
    expect(await all(admin, { query: "%_" })).toEqual([]);
  });

  it("refuses a forged cursor with a readable message", async () => {
    const e = await errorOf(admin.roster.members.list({ cursor: "not-a-cursor" }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe(invalidCursorMessage);
  });
});

describe("scope and privacy", () => {
  it("limits a liaison to the members of their own township and masks phones", async () => {
    const liaison = (await api.loginAs("liaison")).caller;
    const mine = await all(liaison, {});
    const { townshipGroups, townships } = await admin.roster.lookups();
    const danghu = townships.find((t) => t.name === "当湖街道")!;
    const ownGroups = new Set(townshipGroups.filter((g) => g.townshipId === danghu.id).map((g) => g.id));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => ownGroups.has(m.townshipGroupId))).toBe(true);
    expect(mine.every((m) => /^1\d{2}\*{4}\d{4}$/.test(m.phone))).toBe(true);

    const other = townshipGroups.find((g) => g.townshipId !== danghu.id)!;
    expect((await errorOf(liaison.roster.members.list({ townshipGroupId: other.id }))).code).toBe("FORBIDDEN");
    const [outsider] = (await admin.roster.members.list({ townshipGroupId: other.id, limit: 1 })).items;
    const e = await errorOf(liaison.roster.members.get({ id: outsider!.id }));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toBe("只能查看本镇街道委员小组的委员");
    expect((await errorOf(liaison.roster.township({ townshipId: other.townshipId }))).code).toBe("FORBIDDEN");
  });

  it("shows a liaison their township with its paired sector groups", async () => {
    const liaison = (await api.loginAs("liaison")).caller;
    const t = await liaison.roster.township();
    expect(t.township.name).toBe("当湖街道");
    expect(t.groups[0]?.members).toBeGreaterThan(0);
    expect(t.pairedSectors.length).toBeGreaterThan(0);
    expect(t.pairedSectors[0]?.groupLabel).toMatch(/^第.+界别活动组（.+）$/);
  });

  it("counts only the current term's active members in a township's groups and paired sectors", async () => {
    const liaison = (await api.loginAs("liaison")).caller;
    const before = await liaison.roster.township();
    const group = before.groups[0]!;
    const paired = before.pairedSectors[0]!;
    const current = await all(admin, { townshipGroupId: group.id, status: "active" });
    expect(group.members).toBe(current.length);

    // A member of the previous term in the same group and sector stays in the table, with history.
    const [source] = await api.db.db.select().from(member).where(eq(member.id, current[0]!.id));
    const [previous] = await api.db.db
      .insert(term)
      .values({ councilId: source!.councilId, number: 12, startDate: "2017-01-01", endDate: "2021-12-31" })
      .returning();
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...copy } = source!;
    await api.db.db.insert(member).values({ ...copy, termId: previous!.id, sectorId: paired.sectorId });

    const after = await liaison.roster.township();
    expect(after.groups.find((g) => g.id === group.id)?.members).toBe(group.members);
    expect(after.pairedSectors.find((p) => p.sectorId === paired.sectorId)?.members).toBe(paired.members);
  });

  it("shows admins full phones, a member their own in full and everyone else's masked", async () => {
    const { caller: member } = await api.loginAs("member");
    const me = await member.auth.me();
    const own = await member.roster.members.get({ id: me!.account.memberId! });
    expect(own.phone).toMatch(/^1\d{10}$/);
    const directory = await member.roster.members.directory({ limit: 100 });
    const others = directory.items.filter((m) => m.id !== me!.account.memberId);
    expect(others.length).toBeGreaterThan(50);
    expect(others.every((m) => /^1\d{2}\*{4}\d{4}$/.test(m.phone) && m.birthDate === null)).toBe(true);
    const full = await admin.roster.members.get({ id: others[0]!.id });
    expect(full.phone).toMatch(/^1\d{10}$/);
    expect((await errorOf(member.roster.members.get({ id: others[0]!.id }))).code).toBe("FORBIDDEN");
    // roster.read is "self" for a member: the full list holds only themself.
    expect((await member.roster.members.list({})).items.map((m) => m.id)).toEqual([me!.account.memberId]);
  });
});
