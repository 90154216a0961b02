import { z } from "zod";
import { idField } from "../id";
import { pageInput } from "../paging";
import { passwordSchema, usernameSchema } from "./credentials";
import { roles } from "./role";

/**
 * Staff provision every login (no public sign-up). Each role is tied to what it acts for: a
 * member login to a member record, a liaison to a township, a handler to a handling unit.
 */
export const accountCreateInput = z
  .object({
    username: usernameSchema,
    displayName: z.string().trim().min(2, "显示名称至少 2 个字").max(40, "显示名称不能超过 40 个字").optional(),
    role: z.enum(roles, { error: "请选择角色" }),
    password: passwordSchema,
    memberId: idField("委员").optional(),
    townshipId: idField("镇街道").optional(),
    handlingUnitId: idField("承办单位").optional(),
  })
  .superRefine((a, ctx) => {
    const need = (ok: boolean, path: string, message: string) => ok || ctx.addIssue({ code: "custom", path: [path], message });
    need(a.role !== "member" || !!a.memberId, "memberId", "委员账号须关联一位委员");
    need(a.role !== "liaison" || !!a.townshipId, "townshipId", "联络员账号须指定镇街道");
    need(a.role !== "handler" || !!a.handlingUnitId, "handlingUnitId", "承办单位账号须指定承办单位");
    need(a.role === "member" || !!a.displayName, "displayName", "请填写显示名称（如：李明（当湖街道联络员））");
  });
export type AccountCreateInput = z.infer<typeof accountCreateInput>;

export const accountPasswordResetInput = z.object({ id: idField("账号"), password: passwordSchema });
export const accountDisableInput = z.object({ id: idField("账号"), disabled: z.boolean({ error: "请说明停用还是启用" }) });

export const accountStatuses = ["active", "disabled"] as const;
export type AccountStatus = (typeof accountStatuses)[number];
export const accountStatusLabels: Record<AccountStatus, string> = { active: "正常", disabled: "已停用" };

/** 账号管理's filters: a role, enabled or disabled logins, and text found in the username or the display name. */
export const accountListInput = pageInput.extend({
  role: z.enum(roles, { error: "请选择角色" }).optional(),
  status: z.enum(accountStatuses, { error: "请选择账号状态" }).optional(),
  search: z.string().trim().max(40, "搜索内容不能超过 40 个字").optional(),
});
export type AccountListInput = z.infer<typeof accountListInput>;
