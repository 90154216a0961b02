import { describe, expect, it } from "vitest";
import { committeeInput } from "./committee";
import { handlingUnitInput } from "./handlingUnit";
import { participatingUnitInput } from "./participatingUnit";

describe("committee and units", () => {
  it("accepts plain records", () => {
    expect(committeeInput.parse({ name: "提案委员会", sortOrder: 1 })).toEqual({ name: "提案委员会", sortOrder: 1 });
    expect(participatingUnitInput.parse({ name: "民盟平湖市委员会", kind: "party", sortOrder: 2 }).kind).toBe("party");
    expect(handlingUnitInput.parse({ name: "平湖市教育局", shortName: "市教育局", sortOrder: 3 }).active).toBe(true);
  });

  it("tells the person what to fix", () => {
    expect(committeeInput.safeParse({ name: "经".repeat(31), sortOrder: 1 }).error?.issues[0]?.message).toBe("专委会名称不能超过 30 个字");
    expect(participatingUnitInput.safeParse({ name: "共青团平湖市委", kind: "club", sortOrder: 1 }).error?.issues[0]?.message).toBe(
      "类型须为党派或人民团体",
    );
    expect(handlingUnitInput.safeParse({ name: "平湖市教育局", sortOrder: 1 }).error?.issues[0]?.message).toBe("请填写简称");
  });
});
