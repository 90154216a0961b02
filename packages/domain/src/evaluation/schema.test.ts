import { describe, expect, it } from "vitest";
import { defaultEvaluationBands, defaultExitTriggers } from "./defaults";
import { evaluationPresets } from "./presets";
import { tongcheng2019 } from "./presets/tongcheng2019";
import { evaluationTableSchema, parsePublishedTable, type EvaluationTableInput, type PublishedEvaluationTable } from "./schema";

const issuesOf = (doc: unknown) => {
  const r = evaluationTableSchema.safeParse(doc);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

const draft: EvaluationTableInput = {
  schemaVersion: 1,
  status: "draft",
  name: "测试考评表",
  year: 2025,
  citation: "测试用考评办法",
  categories: [{ code: "meetings", label: "参加会议", cap: 50, floor: 0 }],
  clauses: [{ code: "present", label: "出席全体会议", category: "meetings", kinds: ["plenaryAttendance"], points: 50 }],
  bands: defaultEvaluationBands,
  exitTriggers: defaultExitTriggers,
};

describe("evaluation table", () => {
  it("accepts every preset and the defaults", () => {
    for (const preset of Object.values(evaluationPresets)) expect(evaluationTableSchema.safeParse(preset).success).toBe(true);
    expect(evaluationTableSchema.safeParse(draft).success).toBe(true);
  });

  it("says which tables are published", () => {
    expect(Object.entries(evaluationPresets).map(([name, t]) => [name, t.status])).toEqual([
      ["tongcheng2019", "published"],
      ["anqing2018", "draft"],
      ["jinan2015", "published"],
    ]);
    expect(() => parsePublishedTable(draft)).toThrow("考评表「测试考评表」尚未发布");
  });

  it("freezes a published table in its type", () => {
    const rename = (t: PublishedEvaluationTable) => {
      // @ts-expect-error a published year never changes
      t.year = 2020;
      // @ts-expect-error nor do its clauses
      t.clauses[0]!.points = 1;
    };
    expect(tongcheng2019.year).toBe(2019);
    expect(rename).toBeTypeOf("function");
  });

  it("refuses an unknown entry kind or category, in Chinese, at the path", () => {
    const messages = issuesOf({
      ...draft,
      clauses: [{ code: "present", label: "出席", category: "meeting", kinds: ["plenaryAttendence"], points: 50 }],
    });
    expect(messages).toContain("clauses.0.kinds.0: 未知的履职记录类型 plenaryAttendence");
    expect(messages).toContain("clauses.0.category: 考评类别 meeting 不存在，请先添加该类别");
  });

  it("refuses bands out of order or without a catch-all last band", () => {
    expect(
      issuesOf({
        ...draft,
        bands: [
          { code: "competent", label: "称职", min: 60 },
          { code: "excellent", label: "优秀", min: 85 },
        ],
      }),
    ).toEqual(["bands.1.min: 最低档次不设下限", "bands.1.min: 档次须按下限从高到低排列"]);
  });

  it("refuses a start above the cap, a floor above the start and three-decimal points", () => {
    const messages = issuesOf({
      ...draft,
      categories: [{ code: "meetings", label: "参加会议", start: 60, cap: 50, floor: 70 }],
      clauses: [{ code: "present", label: "出席", category: "meetings", kinds: ["plenaryAttendance"], points: 0.125 }],
    });
    expect(messages).toEqual(expect.arrayContaining(["categories.0.start: 起始分不能高于本类上限", "categories.0.floor: 扣分下限不能高于起始分", "clauses.0.points: 分值最多保留两位小数"]));
  });

  it("refuses a split giving the first proposer more than everything", () => {
    const messages = issuesOf({ ...draft, clauses: [{ ...draft.clauses[0]!, split: { leadShare: 1.5 } }] });
    expect(messages).toEqual(["clauses.0.split.leadShare: 第一提案人份额不能超过1"]);
  });
});
