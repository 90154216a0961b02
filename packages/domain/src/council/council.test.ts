import { describe, expect, it } from "vitest";
import { councilInput, parentLevelProblem } from "./council";

describe("council", () => {
  it("accepts a parent exactly one level up", () => {
    expect(parentLevelProblem("city", "province")).toBeNull();
    expect(parentLevelProblem("county", "city")).toBeNull();
    expect(parentLevelProblem("national", null)).toBeNull();
  });

  it("refuses a missing, skipped or inverted parent with a reason", () => {
    expect(parentLevelProblem("city", null)).toMatch(/须指定上级/);
    expect(parentLevelProblem("county", "province")).toBe("县（市、区）级政协的上级应为市级政协");
    expect(parentLevelProblem("province", "city")).toMatch(/全国/);
    expect(parentLevelProblem("national", "province")).toMatch(/没有上级/);
  });

  it("validates the name", () => {
    const r = councilInput.safeParse({ name: "x", level: "city", parentId: null });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("委员会名称至少 2 个字");
  });
});
