import { account, committee, handlingUnit, hashPassword, insertAccounts, member, township, townshipGroup } from "@cppcc/db";
import { demoPassword } from "@cppcc/db/seed";
import { shanghaiDate, type Role } from "@cppcc/domain";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, ne } from "drizzle-orm";
import { existingMemberLogin, MemoryCookieJar, type Caller, type TestApi } from "../../src/testing";

/** Today and later days as the services count them (Asia/Shanghai). */
export const today = () => shanghaiDate(new Date());
export const daysFromToday = (n: number) => shanghaiDate(new Date(Date.now() + n * 86_400_000));

/** The error a call ended with; fails the test if it succeeded. */
export async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

export async function townshipId(api: TestApi, name: string): Promise<string> {
  const [row] = await api.db.db.select({ id: township.id }).from(township).where(eq(township.name, name));
  return row!.id;
}

export async function unitId(api: TestApi, shortName: string): Promise<string> {
  const [row] = await api.db.db.select({ id: handlingUnit.id }).from(handlingUnit).where(eq(handlingUnit.shortName, shortName));
  return row!.id;
}

export async function committeeId(api: TestApi, name: string): Promise<string> {
  const [row] = await api.db.db.select({ id: committee.id }).from(committee).where(eq(committee.name, name));
  return row!.id;
}

/** The member behind the demo "member" login. */
export async function demoMemberId(api: TestApi): Promise<string> {
  const [row] = await api.db.db.select({ memberId: account.memberId }).from(account).where(eq(account.username, "member"));
  return row!.memberId!;
}

/** Active members of a township's group other than the demo member, in roster order. */
export async function townshipMembers(api: TestApi, townshipName: string, except?: string): Promise<string[]> {
  const rows = await api.db.db
    .select({ id: member.id })
    .from(member)
    .innerJoin(townshipGroup, eq(townshipGroup.id, member.townshipGroupId))
    .innerJoin(township, eq(township.id, townshipGroup.townshipId))
    .where(and(eq(township.name, townshipName), eq(member.status, "active"), except ? ne(member.id, except) : undefined))
    .orderBy(asc(member.namePinyin));
  return rows.map((r) => r.id);
}

/**
 * A further login for a test: another township's liaison, another unit's handler, or another
 * member. Inserted like staff provision accounts, then signed in through auth.login.
 */
export async function loginAsNew(
  api: TestApi,
  role: Role,
  scope: { townshipId?: string; handlingUnitId?: string; memberId?: string },
  ip?: string,
): Promise<Caller> {
  const existing = await existingMemberLogin(api, scope.memberId);
  const username = existing ?? `${role}-${Math.random().toString(36).slice(2, 10)}`;
  if (!existing) await insertAccounts(api.db.db, [
    {
    councilId: api.councilId,
    username,
    displayName: username,
    passwordHash: await hashPassword(demoPassword),
    role,
    townshipId: scope.townshipId ?? null,
    handlingUnitId: scope.handlingUnitId ?? null,
    memberId: scope.memberId ?? null,
    },
  ]);
  const jar = new MemoryCookieJar();
  await api.caller(jar, ip).auth.login({ username, password: demoPassword });
  return api.caller(jar, ip);
}

/** A resident's topic that passes the spam checks; `n` makes it distinct. */
export function residentTopic(townshipId: string, n = 1) {
  return {
    townshipId,
    topic: `小区路灯不亮第${n}处`,
    description: `东湖小区${n}幢门前的路灯已经坏了两个月，晚上老人出门很不安全，希望尽快修好。`,
    name: "王阿姨",
    phone: "13800001234",
  };
}

/**
 * A township deliberation that has been held: a resident's topic accepted and scheduled for today,
 * the first invitee marked present by hand, recorded as held.
 */
export async function heldDeliberation(api: TestApi, liaison: Caller, township: string, n: number) {
  await api.caller(undefined, `192.0.2.${n}`).consultation.publicTopic.submit(residentTopic(township, n));
  const pending = await liaison.consultation.residentTopic.list({ state: "pending", townshipId: township });
  const topic = pending.items[0]!;
  await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });
  const { consultation } = await liaison.consultation.deliberation.scheduleFromTopics({
    topicIds: [topic.id],
    title: `第${n}次民生议事会`,
    plannedDate: today(),
  });
  const invited = await liaison.consultation.invitation.list({ consultationId: consultation.id, limit: 1 });
  await liaison.consultation.checkIn.mark({ consultationId: consultation.id, memberId: invited.items[0]!.memberId, present: true });
  const { version } = await liaison.consultation.get({ id: consultation.id });
  return liaison.consultation.transition({ id: consultation.id, version, event: { type: "hold" } });
}

/** A resident's suggestion recorded at a consultation. */
export function recordResidentSuggestion(organiser: Caller, consultationId: string, n = 1) {
  return organiser.consultation.suggestion.record({
    consultationId,
    content: `第${n}条建议：请有关部门尽快处理并反馈`,
    category: "livelihood",
    authorKind: "resident",
    authorName: null,
  });
}
