import { describe, expect, it } from "vitest";
import { Conflict, Forbidden, RuleViolation } from "../errors";
import { messagesOf, moved, refusal, refusalError, refused, refusalsOf, refusedIf, unwrapResult } from "./result";

describe("the workflow result", () => {
  it("keeps every refusal apart, each with its code, kind, message and field", () => {
    const r = refused(refusal("reason", "请填写理由", "rule", "reason"), refusal("date", "日期已过"));
    expect(r).toEqual({
      ok: false,
      refusals: [
        { code: "reason", kind: "rule", message: "请填写理由", field: "reason" },
        { code: "date", kind: "rule", message: "日期已过" },
      ],
    });
    expect(messagesOf(r)).toEqual(["请填写理由", "日期已过"]);
    expect(refusalsOf("check", [{ path: "a", message: "甲" }, { message: "乙" }])).toEqual([
      { code: "check", kind: "rule", message: "甲", field: "a" },
      { code: "check", kind: "rule", message: "乙" },
    ]);
    expect(refusedIf([])).toBeNull();
  });

  it("marks a harmless repeat unchanged and carries a step's effects", () => {
    expect(moved("held", false)).toEqual({ ok: true, state: "held", effects: undefined, changed: false });
    expect(moved("filed", true, { dutyEvents: [] })).toMatchObject({ state: "filed", effects: { dutyEvents: [] }, changed: true });
  });

  it("becomes the typed error of its first refusal, with the first message and all refusals", () => {
    const rule = refusalError([refusal("a", "第一条", "rule", "title"), refusal("b", "第二条")]);
    expect(rule).toBeInstanceOf(RuleViolation);
    expect(rule.message).toBe("第一条");
    expect((rule as RuleViolation).violations).toEqual([{ path: "title", message: "第一条" }, { message: "第二条" }]);
    expect(rule.refusals.map((r) => r.message)).toEqual(["第一条", "第二条"]);
    expect(refusalError([refusal("role", "委员无权办结", "forbidden"), refusal("state", "已办结")])).toBeInstanceOf(Forbidden);
    expect(refusalError([refusal("decided", "该延期申请已同意，不能再次审批", "conflict")])).toBeInstanceOf(Conflict);
    expect(() => refusalError([])).toThrow();
  });

  it("unwraps a move and throws a refusal", () => {
    expect(unwrapResult(moved("a")).state).toBe("a");
    expect(() => unwrapResult(refused(refusal("x", "不能这样做")))).toThrow("不能这样做");
  });
});
