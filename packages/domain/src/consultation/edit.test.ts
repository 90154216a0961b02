import { describe, expect, it } from "vitest";
import { consultationEditProblems } from "./edit";
import { consultationStates } from "./lifecycle";

describe("editing a consultation by state", () => {
  it("allows everything before scheduling", () => {
    for (const state of ["draft", "planned"] as const) {
      expect(consultationEditProblems(state, { formatCode: "deliberation", plannedDate: "2024-05-20", title: "新题目新题目" })).toEqual([]);
    }
  });

  it("freezes format, township and date once scheduled, pointing to postpone for the date", () => {
    const problems = consultationEditProblems("scheduled", { formatCode: "deliberation", plannedDate: "2024-06-01", title: "新题目新题目", venue: "二楼会议室" });
    expect(problems.map((p) => p.message)).toEqual(["协商已排期，协商形式不能再修改", "已排期的协商改日期请使用“延期”"]);
  });

  it("leaves only the description open after the meeting, and nothing once closed or cancelled", () => {
    expect(consultationEditProblems("held", { title: "新题目新题目", description: "补充会议纪要" }).map((p) => p.path)).toEqual(["title"]);
    expect(consultationEditProblems("closed", { description: "补充" })[0]!.message).toBe("协商已办结，说明不能再修改");
    expect(consultationEditProblems("cancelled", { description: "补充" })[0]!.message).toBe("协商已取消，不能再修改");
  });

  it("ignores fields the patch does not send", () => {
    for (const state of consultationStates) expect(consultationEditProblems(state, { title: undefined })).toEqual(state === "cancelled" ? expect.any(Array) : []);
  });
});
