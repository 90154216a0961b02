import { describe, expect, it } from "vitest";
import { globalSearchInput, queryShape } from "./global";

describe("queryShape", () => {
  it("tells numbers, receipts, pinyin and words apart", () => {
    expect(queryShape("13-2-015")).toBe("proposalNumber");
    expect(queryShape(" yt-20261202-4827 ")).toBe("receipt");
    expect(queryShape("zhs")).toBe("pinyin");
    expect(queryShape("Zhang San")).toBe("pinyin");
    expect(queryShape("路灯")).toBe("words");
    expect(queryShape("5G基站")).toBe("words");
    expect(queryShape("13-2")).toBe("words");
  });
  it("refuses an empty or overlong query in Chinese", () => {
    expect(globalSearchInput.safeParse({ query: "  " }).error?.issues[0]?.message).toBe("请输入要查找的内容");
    expect(globalSearchInput.safeParse({ query: "字".repeat(41) }).error?.issues[0]?.message).toBe("查找内容不能超过 40 个字");
  });
});
