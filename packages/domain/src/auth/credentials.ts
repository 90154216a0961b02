import { z } from "zod";

/** "Missing" and "wrong type" are different mistakes; say which. */
const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `请输入${what}` : `${what}须为文字`;

// Long passwords are accepted, but not unbounded ones: hashing a megabyte would be a cheap DoS.
export const passwordSchema = z
  .string({ error: required("密码") })
  .min(8, "密码至少 8 位")
  .max(128, "密码不能超过 128 位");

export const usernameSchema = z
  .string({ error: required("用户名") })
  .trim()
  .min(2, "用户名至少 2 个字符")
  .max(64, "用户名不能超过 64 个字符")
  .regex(/^[A-Za-z0-9_.@-]+$/, "用户名只能包含字母、数字和 _ . @ -")
  // Case-insensitive: "Admin" and "admin" are the same login.
  .toLowerCase();

export const loginInput = z.object({
  username: usernameSchema,
  // At login any length up to the cap is checked against the hash; the minimum is a rule for new passwords.
  password: z.string({ error: required("密码") }).min(1, "请输入密码").max(128, "密码不能超过 128 位"),
});
export type LoginInput = z.infer<typeof loginInput>;

/** The one message for an unknown account and a wrong password, so neither is revealed. */
export const badCredentialsMessage = "用户名或密码错误";

/** The new password's rules come from the council's rule set (checked in the service), so only the cap is here. */
export const changePasswordInput = z.object({
  currentPassword: z.string({ error: required("当前密码") }).min(1, "请输入当前密码").max(128, "密码不能超过 128 位"),
  newPassword: z.string({ error: required("新密码") }).min(1, "请输入新密码").max(128, "密码不能超过 128 位"),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** What the API answers while an account opened or reset by the office still has its initial password. */
export const mustChangePasswordMessage = "请先修改初始密码";
