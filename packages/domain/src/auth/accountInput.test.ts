import { describe, expect, it } from "vitest";
import { accountCreateInput } from "./accountInput";

const uuid = "00000000-0000-4000-8000-000000000001";
const messages = (input: unknown) => {
  const r = accountCreateInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("account create input", () => {
  it("ties each role to what it acts for", () => {
    expect(messages({ username: "m1", role: "member", password: "longenough" })).toEqual(["委员账号须关联一位委员"]);
    expect(messages({ username: "l1", role: "liaison", password: "longenough", displayName: "李明" })).toEqual(["联络员账号须指定镇街道"]);
    expect(messages({ username: "h1", role: "handler", password: "longenough", displayName: "张强" })).toEqual(["承办单位账号须指定承办单位"]);
    expect(messages({ username: "m1", role: "member", password: "longenough", memberId: uuid })).toEqual([]);
  });

  it("asks a staff login for a display name and a long enough password", () => {
    expect(messages({ username: "a1", role: "admin", password: "short" })).toEqual(["密码至少 8 位", "请填写显示名称（如：李明（当湖街道联络员））"]);
  });

  it("normalises the username to lower case", () => {
    const r = accountCreateInput.parse({ username: "Li.Ming", role: "liaison", password: "longenough", townshipId: uuid, displayName: "李明" });
    expect(r.username).toBe("li.ming");
  });
});
