import { describe, expect, it } from "vitest";
import { ratingProblems, ratingSatisfied, type RatingScale } from "./rating";

const scale: RatingScale = {
  levels: [
    { code: "good", label: "满意", satisfied: true },
    { code: "bad", label: "不满意", satisfied: false },
  ],
  dimensions: [{ code: "contact", label: "沟通联系" }],
};
const why = { field: "comment", minLength: 2, message: () => "请写明不满意的原因" };

describe("rating an answer", () => {
  it("reads satisfaction from the scale; an unknown level does not satisfy", () => {
    expect(ratingSatisfied("good", scale)).toBe(true);
    expect(ratingSatisfied("bad", scale)).toBe(false);
    expect(ratingSatisfied("other", scale)).toBe(false);
  });

  it("reports every problem at its field", () => {
    expect(ratingProblems({ overall: "good", dimensions: { contact: "good" } }, scale, why)).toEqual([]);
    expect(ratingProblems({ overall: "meh", dimensions: { contact: "meh", speed: "good" } }, scale, why)).toEqual([
      { path: "overall", message: "总体评价须为满意、不满意之一" },
      { path: "dimensions.contact", message: "「沟通联系」的评价须为满意、不满意之一" },
      { path: "dimensions", message: "本会测评不含评价项 speed，请刷新页面后重新测评" },
    ]);
    expect(ratingProblems({ overall: "good" }, scale, why)).toEqual([{ path: "dimensions.contact", message: "请对「沟通联系」作出评价" }]);
  });

  it("needs the reason when unsatisfied, as long as the kind asks", () => {
    expect(ratingProblems({ overall: "bad", dimensions: { contact: "bad" }, comment: " " }, scale, why)).toEqual([{ path: "comment", message: "请写明不满意的原因" }]);
    expect(ratingProblems({ overall: "bad", dimensions: { contact: "bad" }, comment: "未回应" }, scale, why)).toEqual([]);
    expect(ratingProblems({ overall: "x" }, { ...scale, dimensions: [] }, { ...why, overall: "请选择办理结果" })).toEqual([{ path: "overall", message: "请选择办理结果" }]);
  });
});
