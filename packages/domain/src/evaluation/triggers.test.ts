import { describe, expect, it } from "vitest";
import { defaultEvaluationBands, defaultExitTriggers } from "./defaults";
import { evaluationTableSchema } from "./schema";
import { entry } from "./testEntries";
import { exitTriggers } from "./triggers";

const table = evaluationTableSchema.parse({
  schemaVersion: 1,
  status: "draft",
  name: "测试考评表",
  year: 2024,
  citation: "测试用考评办法",
  categories: [{ code: "meetings", label: "参加会议", cap: 50, floor: 0 }],
  clauses: [],
  bands: defaultEvaluationBands,
  exitTriggers: [
    ...defaultExitTriggers,
    {
      type: "entryCount",
      code: "standingAbsences",
      label: "一年内三次缺席常委会议",
      consequence: "提请调整常委人选",
      kinds: ["standingMeetingAbsence"],
      count: 3,
      within: "year",
    },
    {
      type: "noEntries",
      code: "silentTwoYears",
      label: "连续两年无提案、无社情民意信息",
      consequence: "谈话提醒，书面警示，劝辞",
      kinds: ["proposalSubmitted", "opinionReportSubmitted"],
      years: 2,
    },
  ],
});

describe("exit triggers over a term", () => {
  it("finds nothing in a good term", () => {
    const term = [2022, 2023, 2024].map((year) => ({ year, total: 80, entries: [entry(`p${year}`, "proposalSubmitted", `${year}-03-01`)] }));
    expect(exitTriggers(term, table)).toEqual([]);
  });

  it("counts unexcused plenary absences across the term, naming them", () => {
    const term = [
      { year: 2022, total: 80, entries: [entry("a1", "plenaryAbsence", "2022-01-10"), entry("p1", "proposalSubmitted", "2022-02-01")] },
      { year: 2023, total: 80, entries: [entry("p2", "opinionReportSubmitted", "2023-02-01"), entry("l1", "plenaryLeave", "2023-01-10")] },
      { year: 2024, total: 80, entries: [entry("a2", "plenaryAbsence", "2024-01-10")] },
    ];
    expect(exitTriggers(term, table)).toEqual([
      { code: "plenaryAbsences", label: "一届内两次无故缺席全体会议", consequence: "提请审查委员资格", years: [2022, 2024], entryIds: ["a1", "a2"] },
    ]);
    // An excused leave is no absence: one absence alone calls for nothing.
    expect(exitTriggers(term.slice(0, 2), table)).toEqual([]);
  });

  it("counts a per-year trigger within each year, not across years", () => {
    const absences = (year: number, n: number) =>
      Array.from({ length: n }, (_, i) => entry(`s${year}-${i}`, "standingMeetingAbsence", `${year}-0${i + 1}-01`));
    const proposal = (year: number) => entry(`p${year}`, "proposalSubmitted", `${year}-10-01`);
    const term = [
      { year: 2022, total: 70, entries: [...absences(2022, 2), proposal(2022)] },
      { year: 2023, total: 70, entries: [...absences(2023, 3), proposal(2023)] },
    ];
    expect(exitTriggers(term, table).map((t) => [t.code, t.years, t.entryIds])).toEqual([
      ["standingAbsences", [2023], ["s2023-0", "s2023-1", "s2023-2"]],
    ]);
    expect(exitTriggers(term.slice(0, 1), table)).toEqual([]);
  });

  it("needs the low scores and the silence in consecutive years", () => {
    const low = (year: number) => ({ year, total: 59.5, entries: [] });
    expect(exitTriggers([low(2022), { year: 2023, total: 60, entries: [entry("p", "proposalSubmitted", "2023-03-01")] }, low(2024)], table)).toEqual([]);
    // 2023 is missing from the history: nothing says it was low or silent.
    expect(exitTriggers([low(2022), low(2024)], table)).toEqual([]);
    expect(exitTriggers([low(2024), low(2023)], table).map((t) => [t.code, t.years])).toEqual([
      ["lowScoreTwoYears", [2023, 2024]],
      ["silentTwoYears", [2023, 2024]],
    ]);
  });
});
