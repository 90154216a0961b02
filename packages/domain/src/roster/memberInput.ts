import { z } from "zod";
import { idField } from "../id";
import { invalidCursorMessage, maxCursorLength } from "../cursor";
import { normaliseEthnicity } from "./ethnicity";
import { isoDate, nameField } from "./fields";
import { genders } from "./gender";
import { memberPosts, memberStatuses } from "./member";
import { partyAffiliations } from "./party";
import { mobilePhone } from "./phone";

/**
 * A member's name as typed. Offices pad two-character names with a full-width space to line
 * them up with three-character ones, so whitespace inside a Han name is dropped; the different
 * middle dots used in minority names (阿依古丽·买买提) become one.
 */
export function normaliseMemberName(text: string): string {
  const dotted = text.trim().replace(/[•・．\u2027\u30fb\uff65]/g, "·");
  return /[A-Za-z]/.test(dotted) ? dotted.replace(/\s+/g, " ") : dotted.replace(/\s+/g, "");
}

const memberName = z
  .string({ error: "请填写姓名" })
  .transform(normaliseMemberName)
  .pipe(
    z
      .string()
      .min(2, "姓名至少 2 个字")
      .max(30, "姓名不能超过 30 个字")
      .regex(/^[\p{Script=Han}A-Za-z· ]+$/u, "姓名只能包含汉字、字母和间隔号“·”"),
  );

/** Born 1900 or later and before the term could seat them; anything else is a typing slip. */
const birthDate = isoDate("出生年月").refine((d) => d >= "1900-01-01" && d <= "2100-12-31", "出生年月应在 1900 年之后");

const ethnicity = z
  .string({ error: "请填写民族" })
  .transform((t) => normaliseEthnicity(t) ?? t.trim())
  .refine((t) => normaliseEthnicity(t) !== null, "民族应为 56 个民族之一，例如“汉族”");

const committeeIds = z
  .array(idField("专委会"), { error: "请选择专委会" })
  .min(1, "每位委员至少参加一个专委会（全员入委），请选择专委会")
  .max(9, "一位委员最多参加 9 个专委会")
  .refine((ids) => new Set(ids).size === ids.length, "同一个专委会选了两次，请删除重复的一项");

/**
 * One line of the roster: everything a member is, in one term. The same schema checks the
 * admin form and each imported Excel row, so both give the same messages.
 */
export const rosterEntry = z.object({
  name: memberName,
  gender: z.enum(genders, { error: "性别须为男或女" }),
  birthDate,
  ethnicity,
  partyAffiliation: z.enum(partyAffiliations, { error: "请选择党派（如中共、民盟、无党派人士、群众）" }),
  sectorId: idField("界别"),
  committeeIds,
  townshipGroupId: idField("委员小组"),
  employerAndTitle: nameField("工作单位及职务", 2, 100),
  phone: mobilePhone,
  post: z.enum(memberPosts, { error: "职务须为主席、副主席、秘书长、常委或委员" }),
});
export type RosterEntry = z.output<typeof rosterEntry>;

/** Memberships of a new member start on `joinedOn`, or on the term's first day when omitted. */
export const memberCreateInput = rosterEntry.extend({
  termId: idField("届次"),
  post: rosterEntry.shape.post.default("member"),
  joinedOn: isoDate("加入日期").optional(),
});
export type MemberCreateInput = z.input<typeof memberCreateInput>;

/**
 * Only the fields sent change. A changed sector, committee list or group closes the old
 * memberships and opens new ones on `changedOn` (today when omitted), see membership.ts.
 */
export const memberUpdateInput = rosterEntry.partial().extend({
  id: idField("委员"),
  /** The version the editor read; a stale one is refused rather than overwriting someone else's change. */
  version: z.number({ error: "缺少版本号，请刷新后重试" }).int().min(1),
  changedOn: isoDate("变动日期").optional(),
});
export type MemberUpdateInput = z.input<typeof memberUpdateInput>;

/** 退出: the member stays on record with the date and reason; memberships close that day. */
export const memberWithdrawInput = z.object({
  id: idField("委员"),
  version: z.number({ error: "缺少版本号，请刷新后重试" }).int().min(1),
  withdrawnOn: isoDate("退出日期"),
  reason: nameField("退出原因", 2, 200),
});
export type MemberWithdrawInput = z.infer<typeof memberWithdrawInput>;

/** A member changing their own phone in the portal; the change is audited by the service. */
export const ownPhoneInput = z.object({ phone: mobilePhone });
export type OwnPhoneInput = z.infer<typeof ownPhoneInput>;

/** The member list's filters; `query` is a name, part of one, or its pinyin initials. */
export const memberLoginFilters = ["none", "opened"] as const;
export const memberLoginFilterLabels: Record<(typeof memberLoginFilters)[number], string> = { none: "未开通登录", opened: "已开通登录" };

export const memberListInput = z.object({
  termId: idField("届次").optional(),
  sectorId: idField("界别").optional(),
  committeeId: idField("专委会").optional(),
  townshipGroupId: idField("委员小组").optional(),
  partyAffiliation: z.enum(partyAffiliations, { error: "党派无效，请重新选择" }).optional(),
  post: z.enum(memberPosts, { error: "职务无效，请重新选择" }).optional(),
  status: z.enum(memberStatuses, { error: "状态无效，请重新选择" }).optional(),
  /** Whether the member has a login for the portal (office: who still needs one). */
  login: z.enum(memberLoginFilters, { error: "登录账号筛选无效，请重新选择" }).optional(),
  query: z.string().trim().max(30, "搜索内容不能超过 30 个字").optional(),
  cursor: z.string().max(maxCursorLength, invalidCursorMessage).optional(),
  limit: z.number().int().min(1).max(100, "每页最多 100 条").default(20),
});
export type MemberListInput = z.input<typeof memberListInput>;
