import { member } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";

/** The office's 委员名册 and the liaison's township list search by employer and phone digits, and show their total. */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let fellow: Caller;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  fellow = (await api.loginAs("member")).caller;
});
afterAll(() => api?.close());

type Filters = Parameters<Caller["roster"]["members"]["list"]>[0];

async function all(list: (input: Filters) => Promise<{ items: { id: string }[]; nextCursor: string | null }>, filters: Filters) {
  const items: { id: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ ...filters, cursor, limit: 50 });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items.map((m) => m.id);
}

/** A member's true phone, read from the database (the liaison and the directory only see it masked). */
async function phoneOf(id: string) {
  const [row] = await api.db.db.select({ phone: member.phone, employer: member.employerAndTitle }).from(member).where(eq(member.id, id));
  return row!;
}

describe("roster search by employer and phone", () => {
  it("finds members by part of their employer (工作单位)", async () => {
    const [someone] = (await admin.roster.members.list({ limit: 1, post: "viceChair" })).items;
    const part = someone!.employerAndTitle.slice(0, 4);
    const found = (await admin.roster.members.list({ query: part, limit: 100 })).items;
    expect(found.map((m) => m.id)).toContain(someone!.id);
    expect(found.every((m) => m.employerAndTitle.includes(part) || m.name.includes(part))).toBe(true);
  });

  it("lets the office find a member by the whole phone or any run of its digits", async () => {
    const [someone] = (await admin.roster.members.list({ limit: 1, status: "active" })).items;
    const phone = someone!.phone;
    expect(await all(admin.roster.members.list, { query: phone })).toEqual([someone!.id]);
    const run = phone.slice(0, 7);
    const byRun = (await admin.roster.members.list({ query: run, limit: 100 })).items;
    expect(byRun.map((m) => m.id)).toContain(someone!.id);
    expect(byRun.every((m) => m.phone.includes(run))).toBe(true);
    expect(await all(admin.roster.members.list, { query: phone.slice(3, 9) })).toContain(someone!.id);
  });

  it("lets a liaison match only the digits the mask shows them", async () => {
    const [someone] = (await liaison.roster.members.list({ limit: 1 })).items;
    const { phone } = await phoneOf(someone!.id);
    expect(someone!.phone).not.toBe(phone);
    expect(await all(liaison.roster.members.list, { query: phone.slice(-4) })).toContain(someone!.id);
    // The whole number, or a run through the hidden middle, would confirm digits the liaison cannot see.
    expect(await all(liaison.roster.members.list, { query: phone })).toEqual([]);
    expect(await all(liaison.roster.members.list, { query: phone.slice(2, 9) })).toEqual([]);
  });

  it("never matches phone digits in the fellow members' directory, whose phones are masked", async () => {
    const [someone] = (await fellow.roster.members.directory({ limit: 1 })).items;
    const { phone, employer } = await phoneOf(someone!.id);
    expect(await all(fellow.roster.members.directory, { query: phone })).toEqual([]);
    expect(await all(fellow.roster.members.directory, { query: phone.slice(-4) })).toEqual([]);
    // The employer is shown in the directory, so it may be searched there.
    expect(await all(fellow.roster.members.directory, { query: employer.slice(0, 4) })).toContain(someone!.id);
  });
});

describe("roster totals", () => {
  it("counts what the current filters match, on the first page", async () => {
    const { sectors } = await admin.roster.lookups();
    const first = await admin.roster.members.list({ limit: 10 });
    expect(first.total).toBe((await all(admin.roster.members.list, {})).length);
    const sectorId = sectors[0]!.id;
    expect((await admin.roster.members.list({ sectorId, limit: 5 })).total).toBe((await all(admin.roster.members.list, { sectorId })).length);
    const liaisonFirst = await liaison.roster.members.list({ limit: 5 });
    expect(liaisonFirst.total).toBe((await all(liaison.roster.members.list, {})).length);
    expect(liaisonFirst.total).toBeLessThan(first.total!);
    // Later pages do not count again; the list keeps the first page's total.
    expect((await admin.roster.members.list({ limit: 10, cursor: first.nextCursor! })).total).toBeNull();
  });
});
