import { describe, expect, it } from "vitest";
import { defaultEvaluationBands, defaultExitTriggers } from "../evaluation/defaults";
import { evaluationTableSchema } from "../evaluation/schema";
import { entry } from "../evaluation/testEntries";
import { exitTriggers } from "../evaluation/triggers";
import { dutyRecordWarningActionInput, warningReasons } from "./warnings";

const table = (bands: unknown = defaultEvaluationBands) =>
  evaluationTableSchema.parse({
    schemaVersion: 1,
    status: "draft",
    name: "测试考评表",
    year: 2025,
    citation: "测试用考评办法",
    categories: [{ code: "meetings", label: "参加会议", cap: 50, floor: 0 }],
    clauses: [],
    bands,
    exitTriggers: defaultExitTriggers,
  });

const reasonsOf = (history: { year: number; total: number; entries: ReturnType<typeof entry>[] }[], t = table()) =>
  warningReasons(history.at(-1)!.year, history.at(-1)!.total, t, history, exitTriggers(history, t));

describe("warning reasons", () => {
  it("names nothing for a competent member with one absence", () => {
    expect(reasonsOf([{ year: 2025, total: 60, entries: [entry("a", "plenaryAbsence", "2025-01-10")] }])).toEqual([]);
  });

  it("names the lowest band with the figures, from the table's own bands", () => {
    expect(reasonsOf([{ year: 2025, total: 59.5, entries: [] }])).toEqual([
      { code: "band:incompetent", rule: "考评档次「不称职」", text: "2025 年度考评 59.5 分，低于「称职」的 60 分，属「不称职」档", consequence: "由政协领导谈话，督促改进" },
    ]);
    // Another council's bands: 70 is the line, so 65 warns and the wording follows.
    const strict = table([
      { code: "good", label: "合格", min: 70 },
      { code: "poor", label: "基本合格", min: null },
    ]);
    expect(reasonsOf([{ year: 2025, total: 65, entries: [] }], strict).map((r) => r.text)).toEqual(["2025 年度考评 65 分，低于「合格」的 70 分，属「基本合格」档"]);
    // A table with one band has no lowest band to warn of.
    expect(reasonsOf([{ year: 2025, total: 1, entries: [] }], table([{ code: "all", label: "参评", min: null }]))).toEqual([]);
  });

  it("names two plenary absences over the term and two low years with each year's total", () => {
    const reasons = reasonsOf([
      { year: 2024, total: 55, entries: [entry("a", "plenaryAbsence", "2024-01-10")] },
      { year: 2025, total: 58, entries: [entry("b", "plenaryAbsence", "2025-01-12")] },
    ]);
    expect(reasons.map((r) => [r.code, r.text])).toEqual([
      ["band:incompetent", "2025 年度考评 58 分，低于「称职」的 60 分，属「不称职」档"],
      ["trigger:plenaryAbsences", "2024、2025 年共 2 次全体会议无故缺席（达到 2 次）"],
      ["trigger:lowScoreTwoYears", "2024 年 55 分、2025 年 58 分，均低于 60 分"],
    ]);
    expect(reasons[1]!.rule).toBe("一届内两次无故缺席全体会议");
  });
});

describe("recording what the office did", () => {
  it("asks for a way, a real day and what happened", () => {
    const r = dutyRecordWarningActionInput.safeParse({ memberId: "00000000-0000-4000-8000-000000000001", year: 2025, action: "scold", actedOn: "2025-02-30", note: " " });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual([
      "请选择处理方式：谈话提醒、书面警示或建议辞去委员",
      "处理日期不是有效的日期，请检查月份和日期",
      "请填写处理情况（谈了什么、委员如何表态）",
    ]);
  });
});
