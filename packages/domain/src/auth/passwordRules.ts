import { z } from "zod";
import { refusal, type Refusal } from "../workflow/result";

/** The council's rule for a password a person chooses (not for logging in, which checks any length against the hash). */
export const passwordRulesSchema = z.object({
  minLength: z.number().int("最短长度须为整数").min(6, "密码最短长度不能少于 6 位").max(64, "密码最短长度不能超过 64 位"),
  /** Of letters, digits and symbols, how many kinds must appear. */
  minKinds: z.number().int("字符种类数须为整数").min(1, "至少要求 1 类字符").max(3, "最多只有 3 类字符（字母、数字、符号）"),
});
export type PasswordRules = z.infer<typeof passwordRulesSchema>;

export const defaultPasswordRules: PasswordRules = { minLength: 8, minKinds: 2 };

const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}\s]/u];

export type PasswordChoice = { password: string; username: string; previousPassword: string };

/** Every way a chosen password breaks the rules, each its own Chinese message on the newPassword field. */
export function passwordProblems(rules: PasswordRules, choice: PasswordChoice): Refusal[] {
  const { password, username, previousPassword } = choice;
  const problems: Refusal[] = [];
  const add = (code: string, message: string) => problems.push(refusal(`password.${code}`, message, "rule", "newPassword"));
  if ([...password].length < rules.minLength) add("tooShort", `新密码至少 ${rules.minLength} 位`);
  if (kinds.filter((k) => k.test(password)).length < rules.minKinds) {
    add("tooSimple", `新密码须包含字母、数字、符号中的至少 ${rules.minKinds} 类`);
  }
  if (password.toLowerCase() === username.toLowerCase()) add("sameAsUsername", "新密码不能与用户名相同");
  if (password === previousPassword) add("sameAsPrevious", "新密码不能与当前密码相同");
  return problems;
}
