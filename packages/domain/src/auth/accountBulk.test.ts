import { describe, expect, it } from "vitest";
import { accountBulkDisableInput, accountBulkOpenInput, planMemberLogins } from "./accountBulk";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("planMemberLogins", () => {
  it("opens members under their phone and skips those whose phone names another login, with the reason", () => {
    const plan = planMemberLogins(
      [
        { id: uuid(1), name: "张三", phone: "13800000001" },
        { id: uuid(2), name: "李四", phone: "13800000002" },
      ],
      new Set(["13800000002"]),
    );
    expect(plan.open).toEqual([{ id: uuid(1), name: "张三", phone: "13800000001", username: "13800000001" }]);
    expect(plan.skipped).toEqual([{ memberId: uuid(2), name: "李四", reason: expect.stringContaining("13800000002") }]);
  });
});

describe("bulk inputs", () => {
  it("names what is missing in Chinese", () => {
    const noSelection = accountBulkOpenInput.safeParse({ requestId: uuid(9), delivery: "print", target: { kind: "members", memberIds: [] } });
    expect(noSelection.error?.issues[0]?.message).toBe("请先在名单中选择委员");
    const unknownWay = accountBulkOpenInput.safeParse({ requestId: uuid(9), delivery: "fax", target: { kind: "filter" } });
    expect(unknownWay.error?.issues[0]?.message).toBe("请选择凭据的发放方式");
    expect(accountBulkDisableInput.safeParse({ ids: [], disabled: true }).error?.issues[0]?.message).toBe("请先选择账号");
    const tooMany = Array.from({ length: 101 }, (_, i) => uuid(i + 1));
    const many = accountBulkOpenInput.safeParse({ requestId: uuid(9), delivery: "print", target: { kind: "members", memberIds: tooMany } });
    expect(many.error?.issues[0]?.message).toMatch(/一次最多勾选 100 位委员/);
  });

  it("accepts all members of the term (a filter with nothing set)", () => {
    expect(accountBulkOpenInput.parse({ requestId: uuid(9), delivery: "print", target: { kind: "filter" } }).target).toEqual({ kind: "filter" });
  });
});
