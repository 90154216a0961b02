import { describe, expect, it } from "vitest";
import { defaultPasswordRules, passwordProblems, passwordRulesSchema } from "./passwordRules";

const codes = (password: string, username = "lixiaoming", previousPassword = "Old-pass-1") =>
  passwordProblems(defaultPasswordRules, { password, username, previousPassword }).map((r) => r.code);

describe("passwordProblems", () => {
  it("accepts eight characters of two kinds", () => {
    expect(codes("abcd1234")).toEqual([]);
    expect(codes("abcd-efg")).toEqual([]);
    expect(codes("1234-567")).toEqual([]);
    expect(codes("平湖政协委员2026")).toEqual([]);
  });

  it("refuses a short password", () => {
    expect(codes("abc1234")).toEqual(["password.tooShort"]);
  });

  it("refuses a password of one kind", () => {
    expect(codes("abcdefghij")).toEqual(["password.tooSimple"]);
    expect(codes("1234567890")).toEqual(["password.tooSimple"]);
  });

  it("refuses the username, whatever its case", () => {
    expect(codes("LiXiaoMing1", "lixiaoming1")).toEqual(["password.sameAsUsername"]);
  });

  it("refuses the current password", () => {
    expect(codes("Old-pass-1")).toEqual(["password.sameAsPrevious"]);
  });

  it("lists every broken rule, each with a Chinese message on the newPassword field", () => {
    const problems = passwordProblems(defaultPasswordRules, { password: "abc", username: "abc", previousPassword: "abc" });
    expect(problems.map((p) => p.code)).toEqual(["password.tooShort", "password.tooSimple", "password.sameAsUsername", "password.sameAsPrevious"]);
    for (const p of problems) {
      expect(p.field).toBe("newPassword");
      expect(p.message).toMatch(/\p{Script=Han}/u);
    }
  });

  it("reads its limits from the rules", () => {
    const strict = { minLength: 12, minKinds: 3 };
    const got = passwordProblems(strict, { password: "abcd1234", username: "u", previousPassword: "x" });
    expect(got.map((p) => p.message)).toEqual(["新密码至少 12 位", "新密码须包含字母、数字、符号中的至少 3 类"]);
  });

  it("rejects rules that cannot be met", () => {
    expect(passwordRulesSchema.safeParse({ minLength: 8, minKinds: 4 }).success).toBe(false);
  });
});
