import { describe, expect, it } from "vitest";
import { assignedUnitsOf, assignmentInput, coUnitsOf, replyingUnitsOf, roleOfUnit } from "./assignment";

describe("assignment (交办)", () => {
  it("has one lead with co-units, or two or more split units, each unit once", () => {
    expect(assignmentInput.safeParse({ mode: "joint", leadUnitId: "u1", coUnitIds: [] }).success).toBe(true);
    expect(assignmentInput.safeParse({ mode: "joint", leadUnitId: "u1", coUnitIds: ["u1"] }).error?.issues[0]?.message).toBe(
      "同一承办单位只能出现一次（主办单位不能同时是会办单位）",
    );
    expect(assignmentInput.safeParse({ mode: "split", unitIds: ["u1"] }).error?.issues[0]?.message).toBe("分别办理至少需要两个承办单位");
  });

  it("knows who replies and who only gives an opinion", () => {
    const joint = { mode: "joint" as const, units: assignedUnitsOf({ mode: "joint", leadUnitId: "u1", coUnitIds: ["u2", "u3"] }), assignedOn: "2024-03-15" };
    expect(replyingUnitsOf(joint)).toEqual(["u1"]);
    expect(coUnitsOf(joint)).toEqual(["u2", "u3"]);
    expect(roleOfUnit(joint, "u3")).toBe("co");
    expect(roleOfUnit(joint, "u9")).toBeNull();
    const split = { mode: "split" as const, units: assignedUnitsOf({ mode: "split", unitIds: ["u1", "u2"] }), assignedOn: "2024-03-15" };
    expect(replyingUnitsOf(split)).toEqual(["u1", "u2"]);
    expect(coUnitsOf(split)).toEqual([]);
  });
});
