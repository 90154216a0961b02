import type { IsoDate } from "./fields";
import { memberPostLabels, singleHolderPosts, type MemberRecord } from "./member";
import { assignmentOn, type Membership } from "./membership";
import { isMobilePhone, normalisePhone } from "./phone";

/** Every rule the roster check knows, in the order the screen lists them. */
export const rosterRules = [
  "wrongTerm",
  "noSector",
  "multipleSectors",
  "noCommittee",
  "noTownshipGroup",
  "multipleTownshipGroups",
  "invalidPhone",
  "duplicatePhone",
  "noChair",
  "multipleChairs",
  "multipleSecretaryGenerals",
  "withdrawalIncomplete",
  "openAfterWithdrawal",
  "invalidPeriod",
] as const;
export type RosterRule = (typeof rosterRules)[number];

export const rosterRuleLabels: Record<RosterRule, string> = {
  wrongTerm: "不属于本届",
  noSector: "没有界别",
  multipleSectors: "多个界别",
  noCommittee: "没有专委会",
  noTownshipGroup: "没有委员小组",
  multipleTownshipGroups: "多个委员小组",
  invalidPhone: "手机号无效",
  duplicatePhone: "手机号重复",
  noChair: "没有主席",
  multipleChairs: "多位主席",
  multipleSecretaryGenerals: "多位秘书长",
  withdrawalIncomplete: "退出信息不全",
  openAfterWithdrawal: "退出后仍在组织中",
  invalidPeriod: "任职起止日期有误",
};

/** One broken rule; term-wide problems (no chair) carry no member. */
export type RosterViolation = { memberId?: string; rule: RosterRule; message: string };

export type RosterCheckInput = {
  termId: string;
  /** The day the roster is checked as of, usually today. */
  on: IsoDate;
  members: readonly MemberRecord[];
  memberships: readonly Omit<Membership, "id">[];
};

/**
 * The roster check: every violation in a term, not the first. Rules on places and phones
 * apply to active members, whatever their post — standing members are members too; withdrawn
 * members are checked only for a complete, closed withdrawal.
 */
export function checkRoster({ termId, on, members, memberships }: RosterCheckInput): RosterViolation[] {
  const violations: RosterViolation[] = [];
  const add = (rule: RosterRule, message: string, memberId?: string) =>
    violations.push(memberId === undefined ? { rule, message } : { memberId, rule, message });

  const byMember = new Map<string, Omit<Membership, "id">[]>();
  for (const m of memberships) byMember.set(m.memberId, [...(byMember.get(m.memberId) ?? []), m]);

  for (const m of members) {
    const rows = byMember.get(m.id) ?? [];
    if (m.termId !== termId) add("wrongTerm", `${m.name}不属于本届，请在其所属届次的名册中处理`, m.id);
    for (const r of rows) {
      if (r.endDate !== null && r.endDate < r.startDate) {
        add("invalidPeriod", `${m.name}的一条任职记录结束日期（${r.endDate}）早于开始日期（${r.startDate}），请更正日期`, m.id);
      }
    }
    if (m.status === "withdrawn") {
      checkWithdrawn(m, rows, add);
      continue;
    }
    if (m.withdrawnOn !== null || m.withdrawalReason !== null) {
      add("withdrawalIncomplete", `${m.name}状态为在册，却填有退出日期或原因；如已退出请办理退出，否则请清除退出信息`, m.id);
    }
    // Someone co-opted later (增补) whose rows all start after the day was not yet on the roster then.
    if (rows.length > 0 && rows.every((r) => r.startDate > on)) continue;
    const places = assignmentOn(rows, m.id, on);
    if (places.sectorIds.length === 0) add("noSector", `${m.name}没有界别，每位委员须属于一个界别，请为其指定界别`, m.id);
    if (places.sectorIds.length > 1) add("multipleSectors", `${m.name}同时属于 ${places.sectorIds.length} 个界别，每位委员只能属于一个界别，请保留一个`, m.id);
    if (places.committeeIds.length === 0) add("noCommittee", `${m.name}没有参加专委会，按全员入委要求请至少安排一个专委会`, m.id);
    if (places.townshipGroupIds.length === 0) add("noTownshipGroup", `${m.name}没有委员小组，请将其编入一个镇街道委员小组`, m.id);
    if (places.townshipGroupIds.length > 1) {
      add("multipleTownshipGroups", `${m.name}同时在 ${places.townshipGroupIds.length} 个委员小组，每位委员只能在一个委员小组，请保留一个`, m.id);
    }
    if (!isMobilePhone(m.phone)) add("invalidPhone", `${m.name}的手机号“${m.phone}”不是有效的大陆手机号，请更正`, m.id);
  }

  const active = members.filter((m) => m.status === "active" && m.termId === termId);
  checkDuplicatePhones(active, add);
  checkLeadership(active, add);
  return violations;
}

type Add = (rule: RosterRule, message: string, memberId?: string) => void;

function checkWithdrawn(m: MemberRecord, rows: readonly Omit<Membership, "id">[], add: Add) {
  if (m.withdrawnOn === null || !m.withdrawalReason?.trim()) {
    add("withdrawalIncomplete", `${m.name}已退出，但未记录${m.withdrawnOn === null ? "退出日期" : "退出原因"}，请补充`, m.id);
  }
  const cutoff = m.withdrawnOn;
  if (cutoff !== null && rows.some((r) => r.endDate === null || r.endDate > cutoff)) {
    add("openAfterWithdrawal", `${m.name}已于 ${cutoff} 退出，但仍有界别、专委会或小组记录未结束，请在退出日结束这些记录`, m.id);
  }
}

function checkDuplicatePhones(active: readonly MemberRecord[], add: Add) {
  const byPhone = new Map<string, MemberRecord[]>();
  for (const m of active) {
    const phone = normalisePhone(m.phone);
    byPhone.set(phone, [...(byPhone.get(phone) ?? []), m]);
  }
  for (const [phone, holders] of byPhone) {
    if (holders.length < 2) continue;
    for (const m of holders) {
      const others = holders.filter((o) => o !== m).map((o) => o.name).join("、");
      add("duplicatePhone", `${m.name}的手机号 ${phone} 与${others}相同，手机号用于登录和通知，每位委员须不同`, m.id);
    }
  }
}

function checkLeadership(active: readonly MemberRecord[], add: Add) {
  if (!active.some((m) => m.post === "chair")) add("noChair", "本届尚未设置主席，请在委员中指定一位主席");
  for (const post of singleHolderPosts) {
    const holders = active.filter((m) => m.post === post);
    if (holders.length < 2) continue;
    const label = memberPostLabels[post];
    const names = holders.map((h) => h.name).join("、");
    const rule: RosterRule = post === "chair" ? "multipleChairs" : "multipleSecretaryGenerals";
    for (const h of holders) add(rule, `本届有 ${holders.length} 位${label}（${names}），每届只能有一位${label}，请更正${h.name}的职务或其他人的职务`, h.id);
  }
}
