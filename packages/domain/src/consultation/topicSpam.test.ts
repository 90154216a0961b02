import { describe, expect, it } from "vitest";
import { countTopicUrls, residentTopicKey, residentTopicProblems } from "./topicSpam";

const ok = { topic: "老旧小区路灯不亮", description: "东湖小区 3 幢到 8 幢之间的路灯坏了两个多月，晚上老人出行不便。" };
const codes = (x: Partial<typeof ok> & { name?: string | null }) => residentTopicProblems({ ...ok, ...x }).map((p) => p.code);

describe("resident topic check", () => {
  it("passes an ordinary topic", () => {
    expect(residentTopicProblems(ok)).toEqual([]);
    expect(codes({ description: `${ok.description} 相关报道：https://news.example.cn/a/1` })).toEqual([]);
  });

  it("limits lengths in characters as people count them", () => {
    expect(codes({ topic: "路灯" })).toEqual(["topicTooShort"]);
    expect(codes({ topic: "灯".repeat(3) + "🏮" })).toEqual([]);
    expect(codes({ topic: "路灯不亮的问题".repeat(8) })).toEqual(["topicTooLong"]);
    expect(codes({ description: "路灯坏了" })).toEqual(["descriptionTooShort"]);
    expect(codes({ description: "这里的路灯坏了很久了。".repeat(100) })).toEqual(["descriptionTooLong"]);
    expect(codes({ name: "名".repeat(21) })).toEqual(["nameTooLong"]);
  });

  it("refuses link farms, padding and empty text", () => {
    expect(countTopicUrls("见 http://a.cn 和 www.b.cn/x，以及 https://c.cn")).toBe(3);
    expect(codes({ description: `${ok.description} http://a.cn http://b.cn` })).toEqual(["tooManyUrls"]);
    expect(codes({ description: `${ok.description}！！！！！！` })).toEqual(["repeatedCharacters"]);
    expect(codes({ topic: "顶顶顶顶顶顶" })).toEqual(["repeatedCharacters"]);
    expect(codes({ description: `快来看看快来看看快来看看快来看看快来看看` })).toEqual(["repeatedCharacters"]);
    expect(codes({ description: "1234567890 12345" })).toEqual(["noText"]);
    expect(codes({ topic: "老旧小区路灯不亮了", description: "老旧小区路灯不亮了！" })).toEqual(["descriptionRepeatsTopic"]);
  });

  it("reports every problem with a message a resident can act on", () => {
    const problems = residentTopicProblems({ topic: "灯", description: "!!!!!!", name: null });
    expect(problems.map((p) => p.message)).toEqual([
      "议题至少 4 个字，请说清是什么事",
      "描述至少 10 个字，请写明地点和具体情况",
      "请不要重复输入相同的字符，用文字把情况说清楚",
      "描述里没有文字，请用文字说明情况",
    ]);
  });

  it("gives a resent topic the same key, whatever the spacing and punctuation", () => {
    expect(residentTopicKey("t1", ok)).toBe(residentTopicKey("t1", { topic: ` ${ok.topic}！`, description: ok.description.replace(/，/g, ", ") }));
    expect(residentTopicKey("t1", ok)).not.toBe(residentTopicKey("t2", ok));
  });
});
