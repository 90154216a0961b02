import { z } from "zod";
import { idField } from "../id";

/**
 * How the initial passwords of a bulk opening reach the members: printed slips, or a text to each
 * member's phone (「短信发送」, offered only where SMS and its credential template are configured).
 * The opening itself (who, usernames, audit) is the same; only where the password goes differs.
 */
export const accountDeliveries = ["print", "sms"] as const;
export type AccountDelivery = (typeof accountDeliveries)[number];
export const accountDeliveryLabels: Record<AccountDelivery, string> = { print: "打印登录凭据单", sms: "短信发送" };

export const credentialSmsNotOfferedMessage = "本系统未配置短信服务（或未配置初始密码短信模板），不能以短信发送初始密码，请选择打印登录凭据单";

/**
 * Where a texted credential stands, for the office's result list: the delivery's status and, when it
 * did not go, why in words a clerk can act on (a refusal's reason is the provider's or our policy's).
 */
export const credentialSmsStatusLabels = {
  pending: "排队待发",
  sending: "正在发送",
  sent: "已发送",
  refused: "未发送",
  failed: "发送失败，将自动重试",
} as const;

/** One batch stays one transaction a person waits for (each password is hashed with argon2). */
export const maxBulkAccounts = 500;

/**
 * Rows chosen by hand travel in the preview's address (a query is a GET): 100 ids stay well under what
 * a proxy accepts in one request line. More members are opened by filter.
 */
export const maxChosenMembers = 100;

/**
 * Whom a bulk opening is for, always members of the current term without a login: those the roster
 * filters match (no filter: all of them), or the rows chosen in the roster list.
 */
export const memberLoginTarget = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("filter"),
      sectorId: idField("界别").optional(),
      townshipGroupId: idField("委员小组").optional(),
      committeeId: idField("专委会").optional(),
    }),
    z.object({
      kind: z.literal("members"),
      memberIds: z
        .array(idField("委员"))
        .min(1, "请先在名单中选择委员")
        .max(maxChosenMembers, `一次最多勾选 ${maxChosenMembers} 位委员；更多委员请在账号管理中按界别、委员小组或专委会批量开通`),
    }),
  ],
  { error: "请说明为哪些委员开通账号" },
);
export type MemberLoginTarget = z.infer<typeof memberLoginTarget>;

export const accountOpenPreviewInput = z.object({ target: memberLoginTarget });

export const accountBulkOpenInput = z.object({
  /** Chosen by the app once per dialog: a retried request finds the batch it already opened. */
  requestId: z.uuid({ error: "请求标识无效，请刷新页面后重试" }),
  delivery: z.enum(accountDeliveries, { error: "请选择凭据的发放方式" }),
  target: memberLoginTarget,
});
export type AccountBulkOpenInput = z.infer<typeof accountBulkOpenInput>;

export const accountBulkDisableInput = z.object({
  ids: z
    .array(idField("账号"))
    .min(1, "请先选择账号")
    .max(maxBulkAccounts, `一次最多选择 ${maxBulkAccounts} 个账号`),
  disabled: z.boolean({ error: "请说明停用还是启用" }),
});
export type AccountBulkDisableInput = z.infer<typeof accountBulkDisableInput>;

/** A member login's username is the member's phone, as offices hand out one by one (unique within the term). */
export function memberUsername(member: { phone: string }): string {
  return member.phone.toLowerCase();
}

export type LoginCandidate = { id: string; name: string; phone: string };
export type LoginSkip = { memberId: string; name: string; reason: string };

/**
 * Which candidates get a login now. A member whose phone already names another login (a re-elected
 * member's old account, a colleague in another council) is skipped with a reason, so the office opens
 * that one by hand under another username; the others are not held up by it.
 */
export function planMemberLogins(candidates: readonly LoginCandidate[], takenUsernames: ReadonlySet<string>) {
  const open: (LoginCandidate & { username: string })[] = [];
  const skipped: LoginSkip[] = [];
  for (const c of candidates) {
    const username = memberUsername(c);
    if (takenUsernames.has(username)) {
      skipped.push({
        memberId: c.id,
        name: c.name,
        reason: `手机号 ${c.phone} 已是另一个账号的用户名，请在该委员的名册页单独开通并另设用户名`,
      });
    } else open.push({ ...c, username });
  }
  return { open, skipped };
}
