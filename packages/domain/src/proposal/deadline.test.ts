import { describe, expect, it } from "vitest";
import { fourCategoryCityPreset, zhejiangCityPreset } from "../ruleSet/presets";
import { coOpinionDueOn, evaluationLastDay, handlingDueOn, rehandlingDueOn, returnLastDay } from "./deadline";

const zj = zhejiangCityPreset.proposal;
const four = fourCategoryCityPreset.proposal;

describe("deadlines from the rule set", () => {
  it("counts each deadline from its day in the preset's units", () => {
    expect([handlingDueOn, rehandlingDueOn, returnLastDay, coOpinionDueOn, evaluationLastDay].map((f) => f("2024-03-15", zj))).toEqual([
      "2024-06-15",
      "2024-04-15",
      "2024-03-25",
      "2024-04-14",
      "2024-04-14",
    ]);
    expect([handlingDueOn, rehandlingDueOn, returnLastDay, coOpinionDueOn, evaluationLastDay].map((f) => f("2024-03-15", four))).toEqual([
      "2024-05-15",
      "2024-04-15",
      "2024-03-22",
      "2024-04-04",
      "2024-03-30",
    ]);
  });
});
