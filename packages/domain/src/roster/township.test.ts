import { describe, expect, it } from "vitest";
import { townshipGroupInput, townshipGroupName, townshipInput, townshipKindOf } from "./township";

describe("township", () => {
  it("names a township's group and guesses its kind", () => {
    expect(townshipGroupName("当湖街道")).toBe("当湖街道委员小组");
    expect(townshipKindOf("乍浦镇")).toBe("town");
    expect(townshipKindOf("钟埭街道")).toBe("street");
    expect(townshipKindOf("经济开发区")).toBeNull();
  });

  it("refuses an unknown kind and a bad township id with messages", () => {
    expect(townshipInput.safeParse({ name: "乍浦镇", kind: "village", sortOrder: 1 }).error?.issues[0]?.message).toBe("类型须为镇或街道");
    expect(townshipGroupInput.safeParse({ townshipId: "x", name: "乍浦镇委员小组", sortOrder: 1 }).error?.issues[0]?.message).toBe(
      "镇街道无效，请重新选择",
    );
  });
});
