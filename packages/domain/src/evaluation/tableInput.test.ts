import { describe, expect, it } from "vitest";
import { evaluationPresets } from "./presets";
import { checkDraftTable, draftFrom, evaluationTableSaveInput } from "./tableInput";

describe("a year's evaluation table as the office sends it", () => {
  it("starts a year from a preset as a draft of that year, leaving the preset as it was", () => {
    const draft = draftFrom(evaluationPresets.tongcheng2019, 2025);
    expect(draft).toMatchObject({ status: "draft", year: 2025, citation: evaluationPresets.tongcheng2019.citation });
    draft.clauses[0]!.points = 1;
    expect(evaluationPresets.tongcheng2019.clauses[0]!.points).toBe(50);
    expect(checkDraftTable(draft, 2025)).toEqual({ table: draft });
  });

  it("names the section and the line of each problem", () => {
    const draft = draftFrom(evaluationPresets.tongcheng2019, 2025);
    const broken = { ...draft, clauses: draft.clauses.map((c, i) => (i === 2 ? { ...c, points: 1.234, category: "nowhere" } : c)) };
    const result = checkDraftTable(broken, 2025);
    expect(result).toEqual({
      violations: expect.arrayContaining([
        { path: "clauses.2.points", message: "计分规则第3条：分值最多保留两位小数" },
        { path: "clauses.2.category", message: "计分规则第3条：考评类别 nowhere 不存在，请先添加该类别" },
      ]),
    });
  });

  it("refuses a published document, and a table of another year", () => {
    expect(checkDraftTable({ ...evaluationPresets.tongcheng2019 }, 2019)).toEqual({ violations: [{ path: "status", message: "保存只能保存草稿，发布请使用“发布”" }] });
    expect(checkDraftTable(draftFrom(evaluationPresets.jinan2015, 2024), 2025)).toEqual({
      violations: [{ path: "year", message: "考评表年度为 2024，与所选年度 2025 不一致" }],
    });
  });

  it("takes either a document or a start, not both nor neither", () => {
    expect(evaluationTableSaveInput.safeParse({ year: 2025, version: null, startFrom: { preset: "jinan2015" } }).success).toBe(true);
    expect(evaluationTableSaveInput.safeParse({ year: 2025, version: null }).error?.issues[0]?.message).toBe("请提供考评表内容，或选择从预设或往年考评表开始");
    expect(evaluationTableSaveInput.safeParse({ year: 2025, version: null, document: {}, startFrom: { year: 2024 } }).success).toBe(false);
  });
});
