import { describe, expect, it } from "vitest";
import { evaluationPresets } from "./presets";
import { evaluationTableSchema } from "./schema";
import { draftFrom } from "./tableInput";
import { formToTable, tableFormPath, tableToForm } from "./tableForm";

describe("an evaluation table on the editing form", () => {
  it.each(Object.entries(evaluationPresets))("%s comes back from the form as the same document", (_, preset) => {
    const back = formToTable(tableToForm(preset), preset.year);
    expect(evaluationTableSchema.parse(back)).toEqual(draftFrom(preset, preset.year));
    // Nothing the schema would fill in again: the form's document is already complete.
    expect(back).toEqual(draftFrom(preset, preset.year));
  });

  it("keeps every optional part: roles, levels, a split, a consequence, each kind of exit trigger", () => {
    const table = evaluationTableSchema.parse({
      schemaVersion: 1,
      status: "draft",
      name: "测试考评表",
      year: 2026,
      citation: "测试办法",
      base: 70,
      categories: [{ code: "proposals", label: "提案", start: 0, cap: 20, floor: -5 }],
      clauses: [
        { code: "lead", label: "领衔", category: "proposals", kinds: ["proposalSubmitted"], roles: ["lead", "collective"], points: 4, split: { leadShare: 0.6 }, beyondFirst: 1, cap: 12 },
        { code: "adopted", label: "采用", category: "proposals", kinds: ["opinionReportAdopted"], levels: ["city"], points: 3 },
      ],
      minimums: [{ code: "plenary", label: "出席全会", kinds: ["plenaryAttendance"], count: 1 }],
      bands: [
        { code: "good", label: "优秀", min: 85, consequence: "通报表扬" },
        { code: "ok", label: "称职", min: 60 },
        { code: "fail", label: "不称职", min: null, consequence: "约谈" },
      ],
      exitTriggers: [
        { type: "entryCount", code: "absent", label: "两次缺席", consequence: "劝辞", kinds: ["plenaryAbsence"], count: 2, within: "term" },
        { type: "lowScore", code: "low", label: "连续低分", consequence: "劝辞", below: 60, years: 2 },
        { type: "noEntries", code: "silent", label: "无提案", consequence: "约谈", kinds: ["proposalSubmitted"], years: 2 },
      ],
    });
    expect(evaluationTableSchema.parse(formToTable(tableToForm(table), 2026))).toEqual(table);
  });

  it("sends a cleared number as missing, so the server names the field", () => {
    const form = tableToForm(evaluationPresets.tongcheng2019);
    form.clauses[0]!.points = null as unknown as number;
    const result = evaluationTableSchema.safeParse(formToTable(form, 2026));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("clauses.0.points");
  });

  it("puts a violation's path on the field it names, or above the form", () => {
    expect(tableFormPath("clauses.3.split.leadShare")).toEqual(["clauses", 3, "leadShare"]);
    expect(tableFormPath("bands.1.min")).toEqual(["bands", 1, "min"]);
    expect(tableFormPath("clauses.0.kinds.2")).toEqual(["clauses", 0, "kinds"]);
    expect(tableFormPath("base")).toEqual(["base"]);
    expect(tableFormPath("categories")).toBeNull();
    expect(tableFormPath("status")).toBeNull();
    expect(tableFormPath(undefined)).toBeNull();
  });
});
