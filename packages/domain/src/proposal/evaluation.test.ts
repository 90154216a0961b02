import { describe, expect, it } from "vitest";
import { fourCategoryCityPreset, zhejiangCityPreset } from "../ruleSet/presets";
import { evaluationProblems, isSatisfied } from "./evaluation";

const zj = zhejiangCityPreset.proposal;
const four = fourCategoryCityPreset.proposal;

describe("evaluation (测评)", () => {
  it("counts 满意 and 基本满意 as satisfied, as the scale says", () => {
    expect(["satisfied", "basicallySatisfied", "unsatisfied", "unknown"].map((c) => isSatisfied(c, zj))).toEqual([true, true, false, false]);
  });

  it("asks for every dimension of the rule set and no other", () => {
    expect(evaluationProblems({ overall: "satisfied", dimensions: { contact: "satisfied", outcome: "satisfied" } }, zj)).toEqual([]);
    expect(evaluationProblems({ overall: "satisfied", dimensions: { contact: "good", outcome: "satisfied" } }, zj)).toEqual([
      "「沟通联系」的评价须为满意、基本满意、不满意之一",
    ]);
    expect(evaluationProblems({ overall: "satisfied", dimensions: { contact: "satisfied" } }, four)).toEqual([
      "本会测评不含评价项 contact，请刷新页面后重新测评",
    ]);
  });

  it("wants a reason with an unsatisfied rating", () => {
    expect(evaluationProblems({ overall: "unsatisfied", dimensions: {} }, four)).toEqual(["选择不满意时请写明原因，便于承办单位重新办理"]);
    expect(evaluationProblems({ overall: "unsatisfied", dimensions: {}, comment: "答复未回应第二条建议" }, four)).toEqual([]);
  });
});
