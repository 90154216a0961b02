import { describe, expect, it } from "vitest";
import { sectorGroupLabel, sectorGroupProblems, sectorGroups, sectorInput, type Sector } from "./sector";

const sector = (id: string, name: string, sortOrder: number, groupNumber: number, groupName: string): Sector => ({
  id,
  name,
  sortOrder,
  groupNumber,
  groupName,
});

describe("sector", () => {
  it("formats the activity group as councils write it", () => {
    expect(sectorGroupLabel({ groupNumber: 13, groupName: "社会福利和社会保障" })).toBe("第十三界别活动组（社会福利和社会保障）");
  });

  it("validates names with a message", () => {
    const r = sectorInput.safeParse({ name: " ", sortOrder: 1, groupNumber: 1, groupName: "中共" });
    expect(r.error?.issues[0]?.message).toBe("界别名称至少 2 个字");
  });

  it("forms groups from sectors that share a number", () => {
    const groups = sectorGroups([
      sector("b", "体育界", 2, 14, "文化艺术和体育"),
      sector("a", "文化艺术界", 1, 14, "文化艺术和体育"),
      sector("c", "中共", 0, 1, "中共"),
    ]);
    expect(groups.map((g) => [g.number, g.sectorIds])).toEqual([
      [1, ["c"]],
      [14, ["a", "b"]],
    ]);
    expect(groups[1]?.label).toBe("第十四界别活动组（文化艺术和体育）");
  });

  it("finds a group with two names", () => {
    expect(
      sectorGroupProblems([
        { name: "文化艺术界", groupNumber: 14, groupName: "文化艺术和体育" },
        { name: "体育界", groupNumber: 14, groupName: "体育" },
      ]),
    ).toEqual(["体育界的活动组名称“体育”与同组的“文化艺术和体育”不一致，第十四界别活动组只能有一个名称"]);
  });
});
