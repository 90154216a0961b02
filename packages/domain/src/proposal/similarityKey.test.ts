import { describe, expect, it } from "vitest";
import { characterPairs, similarityCore, similarityTextLength, textSimilarityKey, titleSimilarityKey } from "./similarityKey";

describe("similarity keys", () => {
  it("keep a title's subject without the frame and the words every title uses", () => {
    expect(similarityCore("关于加快老旧小区加装电梯的建议")).toBe("老旧小区加装电梯");
    expect(similarityCore("关于推进既有住宅电梯加装工作的建议")).toBe("既有住宅电梯加装");
    expect(similarityCore("关于加大老旧小区电梯加装资金补助的建议")).toBe("老旧小区电梯加装资金补助");
    expect(similarityCore("关于进一步推进生活垃圾分类工作的建议")).toBe("生活垃圾分类");
    expect(similarityCore("关于缓解老城区停车难问题的提案")).toBe("老城区停车难");
    expect(similarityCore("关于我市发展夜间经济的几点建议")).toBe("发展夜间经济");
  });

  it("drop punctuation, spaces and brackets but keep digits and letters", () => {
    expect(similarityCore("关于推进0至3岁婴幼儿照护服务（托育）的意见")).toBe("0至3岁婴幼儿照护服务托育");
    expect(similarityCore(" 关于“5G+医疗”应用、推广的建议案 ")).toBe("5G医疗应用推广");
  });

  it("leave nothing of a title that is only frame", () => {
    expect(titleSimilarityKey("关于")).toBe("");
    expect(titleSimilarityKey("关于……的建议")).toBe("");
  });

  it("write the subject as overlapping pairs of characters", () => {
    expect(characterPairs("加装电梯")).toBe("加装 装电 电梯");
    expect(characterPairs("梯")).toBe("");
    expect(characterPairs("")).toBe("");
    expect(titleSimilarityKey("关于加快老旧小区加装电梯的建议")).toBe("老旧 旧小 小区 区加 加装 装电 电梯");
  });

  it("compare only the start of the text", () => {
    const key = textSimilarityKey("停车".repeat(300));
    expect(key.split(" ")).toHaveLength(similarityTextLength - 1);
  });
});
