import { account, handlingUnit, hashPassword, insertAccounts, member, proposal, term, termSession, township, townshipGroup } from "@cppcc/db";
import { demoPassword } from "@cppcc/db/seed";
import type { ProposalState } from "@cppcc/domain";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { expect } from "vitest";
import { existingMemberLogin, MemoryCookieJar, type Caller, type TestApi } from "../../src/testing";

/** The demo city's 13th term: its sessions by number. */
export async function sessionIds(api: TestApi): Promise<Map<number, string>> {
  const rows = await api.db.db
    .select({ id: termSession.id, number: termSession.number })
    .from(termSession)
    .innerJoin(term, eq(term.id, termSession.termId))
    .where(and(eq(termSession.councilId, api.councilId), eq(term.number, 13)));
  return new Map(rows.map((r) => [r.number, r.id]));
}

export async function unitId(api: TestApi, shortName: string): Promise<string> {
  const [row] = await api.db.db
    .select({ id: handlingUnit.id })
    .from(handlingUnit)
    .where(and(eq(handlingUnit.councilId, api.councilId), eq(handlingUnit.shortName, shortName)));
  return row!.id;
}

export async function demoMemberId(api: TestApi): Promise<string> {
  const [row] = await api.db.db.select({ memberId: account.memberId }).from(account).where(eq(account.username, "member"));
  return row!.memberId!;
}

/** Active members of the term other than those given, in a stable order. */
export async function otherMembers(api: TestApi, count: number, except: string[] = []) {
  const rows = await api.db.db
    .select({ id: member.id, name: member.name, sectorId: member.sectorId, townshipGroupId: member.townshipGroupId })
    .from(member)
    .where(and(eq(member.councilId, api.councilId), eq(member.status, "active")))
    .orderBy(asc(member.namePinyin), asc(member.id));
  return rows.filter((r) => !except.includes(r.id)).slice(0, count);
}

/** Active members living or working in a township (by its name), or outside it. */
export async function membersOf(api: TestApi, townshipName: string, inside: boolean, count = 1) {
  const rows = await api.db.db
    .select({ id: member.id, name: member.name, sectorId: member.sectorId })
    .from(member)
    .innerJoin(townshipGroup, eq(townshipGroup.id, member.townshipGroupId))
    .innerJoin(township, eq(township.id, townshipGroup.townshipId))
    .where(
      and(
        eq(member.councilId, api.councilId),
        eq(member.status, "active"),
        inside ? eq(township.name, townshipName) : ne(township.name, townshipName),
      ),
    )
    .orderBy(asc(member.id))
    .limit(count);
  return rows;
}

let accounts = 0;

/** A further login for a member or a handling unit, as staff would provision it. */
export async function extraLogin(api: TestApi, role: "member" | "handler", ref: string): Promise<Caller> {
  accounts++;
  const existing = role === "member" ? await existingMemberLogin(api, ref) : null;
  const username = existing ?? `${role}-extra-${accounts}`;
  if (!existing) await insertAccounts(api.db.db, [
    {
    councilId: api.councilId,
    username,
    displayName: role === "member" ? `委员${accounts}` : `承办人${accounts}`,
    role,
    passwordHash: await hashPassword(demoPassword),
    memberId: role === "member" ? ref : null,
    handlingUnitId: role === "handler" ? ref : null,
    },
  ]);
  const jar = new MemoryCookieJar();
  await api.caller(jar).auth.login({ username, password: demoPassword });
  return api.caller(jar);
}

export const text = {
  title: "关于加快老旧小区路灯改造的建议",
  situation: "城区部分老旧小区路灯年久失修，夜间照明不足，居民出行存在安全隐患，群众反映强烈。",
  suggestions: "一是开展全面排查建立台账；二是纳入年度民生实事项目分批改造；三是明确后续维护责任单位。",
  category: "urbanRural",
  isLivelihood: true,
} as const;

/** A complete personal proposal by `memberId`, drafted by `caller` (the member, or staff entering paper). */
export async function draft(caller: Caller, sessionId: string, memberId: string, overrides: Partial<typeof text> & { title?: string } = {}) {
  return caller.proposal.create({ sessionId, proposer: { kind: "member", memberId }, ...text, ...overrides });
}

/** Drafted, submitted and taken into review by staff. */
export async function underReview(admin: Caller, sessionId: string, memberId: string, overrides: Partial<typeof text> = {}) {
  const d = await draft(admin, sessionId, memberId, overrides);
  const s = await admin.proposal.submit({ id: d.id, version: d.version });
  return admin.proposal.startReview({ id: s.id, version: s.version });
}

/** Filed with a number. */
export async function filed(admin: Caller, sessionId: string, memberId: string, overrides: Partial<typeof text> = {}) {
  const r = await underReview(admin, sessionId, memberId, overrides);
  return admin.proposal.file({ id: r.id, version: r.version });
}

/** The code and message a call fails with. */
export async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { code?: string; message: string };
    return { code: err.code ?? "?", message: err.message };
  }
  expect.unreachable("the call should have been refused");
  return { code: "", message: "" };
}

/** Every refusal's message a refused step carries (the error's own message is the first). */
export async function refusalMessages(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    const err = e as { message: string; cause?: { refusals?: { message: string }[] } };
    const listed = err.cause?.refusals?.map((r) => r.message) ?? [];
    return listed.length > 0 ? listed : [err.message];
  }
  expect.unreachable("the call should have been refused");
  return [];
}

/**
 * Moves a proposal's dates into the past, as if the given number of days had gone by since it was
 * assigned or replied: the only way to test deadlines without waiting for them.
 */
export async function ageProposal(api: TestApi, id: string, patch: (s: ProposalState) => ProposalState) {
  const [row] = await api.db.db.select({ state: proposal.state }).from(proposal).where(eq(proposal.id, id));
  const state = patch(row!.state);
  await api.db.db
    .update(proposal)
    .set({ state, dueOn: state.dueOn, version: sql`${proposal.version} + 1` })
    .where(eq(proposal.id, id));
}

export async function versionOf(api: TestApi, id: string): Promise<number> {
  const [row] = await api.db.db.select({ version: proposal.version }).from(proposal).where(eq(proposal.id, id));
  return row!.version;
}

/** A calendar date n days from today in Shanghai. */
export function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
