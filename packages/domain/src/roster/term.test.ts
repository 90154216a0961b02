import { describe, expect, it } from "vitest";
import { sessionInput, sessionLabel, sessionProblems, termInput, termLabel, termOn } from "./term";

const term = { number: 13, startDate: "2022-01-05", endDate: "2027-01-04" };
const termId = "00000000-0000-4000-8000-000000000001";

describe("term", () => {
  it("accepts a term and names it", () => {
    expect(termInput.parse(term)).toEqual(term);
    expect(termLabel(13)).toBe("第十三届");
    expect(sessionLabel(2, 13)).toBe("第十三届第二次会议");
    expect(sessionLabel(1)).toBe("第一次会议");
  });

  it("says which date is wrong", () => {
    const r = termInput.safeParse({ ...term, endDate: "2021-12-31" });
    expect(r.error?.issues[0]).toMatchObject({ path: ["endDate"], message: "结束日期须晚于开始日期" });
    const bad = termInput.safeParse({ ...term, startDate: "2022-02-30" });
    expect(bad.error?.issues[0]?.message).toBe("开始日期不是有效的日期，请检查月份和日期");
    const shape = termInput.safeParse({ ...term, startDate: "2022/01/05" });
    expect(shape.error?.issues[0]?.message).toMatch(/格式应为/);
  });

  it("keeps a session's dates in order", () => {
    expect(sessionInput.safeParse({ termId, number: 1, startDate: "2022-01-05", endDate: "2022-01-08" }).success).toBe(true);
    const r = sessionInput.safeParse({ termId, number: 1, startDate: "2022-01-08", endDate: "2022-01-05" });
    expect(r.error?.issues[0]?.message).toBe("闭幕日期不能早于开幕日期");
  });

  it("finds the term running on a day", () => {
    expect(termOn([term], "2024-05-01")).toBe(term);
    expect(termOn([term], "2021-05-01")).toBeUndefined();
  });

  it("lists every problem with a term's sessions", () => {
    const ok = [
      { number: 1, startDate: "2022-01-05", endDate: "2022-01-08" },
      { number: 2, startDate: "2023-01-08", endDate: "2023-01-11" },
    ];
    expect(sessionProblems(term, ok)).toEqual([]);
    const problems = sessionProblems(term, [
      { number: 2, startDate: "2022-01-05", endDate: "2022-01-08" },
      { number: 1, startDate: "2023-01-08", endDate: "2023-01-11" },
      { number: 1, startDate: "2028-01-08", endDate: "2028-01-11" },
    ]);
    expect(problems).toContain("第一次会议重复，请删除或改为其他次数");
    expect(problems.some((p) => p.includes("不在第十三届任期"))).toBe(true);
    expect(problems).toContain("第一次会议的日期早于第二次会议，请检查次数或日期");
  });
});
