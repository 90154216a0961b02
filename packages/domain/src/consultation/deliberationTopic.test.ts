import { describe, expect, it } from "vitest";
import { deliberationTopicProblems, deliberationTopicSources } from "./deliberationTopic";

describe("deliberation topic source", () => {
  it("a residents' deliberation needs a resident topic; the others may be typed alone", () => {
    expect(deliberationTopicProblems("resident", 0)).toMatchObject([{ path: "topicIds" }]);
    expect(deliberationTopicProblems("resident", 2)).toEqual([]);
    for (const source of deliberationTopicSources.filter((s) => s !== "resident")) {
      expect(deliberationTopicProblems(source, 0)).toEqual([]);
      expect(deliberationTopicProblems(source, 1)).toEqual([]);
    }
  });
});
