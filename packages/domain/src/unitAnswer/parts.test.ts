import { describe, expect, it } from "vitest";
import { awaitedCoUnits, unitActProblem, unitActsOf } from "./parts";

describe("a unit's part in an answer", () => {
  it("lets the lead, a split unit or a sole unit answer, a co-unit give its opinion, and any send it back", () => {
    expect(unitActsOf("lead")).toEqual(["answer", "sendBack"]);
    expect(unitActsOf("split")).toEqual(["answer", "sendBack"]);
    expect(unitActsOf("sole")).toEqual(["answer", "sendBack"]);
    expect(unitActsOf("co")).toEqual(["giveOpinion", "sendBack"]);
    expect(unitActsOf(null)).toEqual([]);
  });

  it("says why a part does not take an act", () => {
    expect(unitActProblem("lead", "answer")).toBeNull();
    expect(unitActProblem("co", "answer")).toBe("会办单位不直接答复，请向主办单位提交会办意见");
    expect(unitActProblem("lead", "giveOpinion")).toBe("本单位是答复单位，无需提交会办意见，请直接答复");
    expect(unitActProblem(null, "sendBack")).toBe("本单位不是该事项的承办单位");
  });

  it("lists the co-units the lead still waits for", () => {
    const units = [
      { handlingUnitId: "lead", role: "lead" as const },
      { handlingUnitId: "c1", role: "co" as const },
      { handlingUnitId: "c2", role: "co" as const },
    ];
    expect(awaitedCoUnits(units, [])).toEqual(["c1", "c2"]);
    expect(awaitedCoUnits(units, ["c2"])).toEqual(["c1"]);
    expect(awaitedCoUnits(units, ["c1", "c2"])).toEqual([]);
  });
});
