import { describe, expect, it } from "vitest";
import { consultationStates } from "./lifecycle";
import { speechInput, speechRecordProblem } from "./speech";
import { uid } from "./testIds";

describe("speech", () => {
  it("parses a speech with Chinese messages", () => {
    expect(speechInput.parse({ consultationId: uid(1), memberId: uid(2), kind: "plenarySpeech", title: "关于托育服务体系建设" })).toMatchObject({ summary: "" });
    expect(speechInput.safeParse({ consultationId: uid(1), memberId: "x", kind: "song", title: "好" }).error?.issues.map((i) => i.message)).toEqual([
      "发言的委员无效，请重新选择",
      "请选择发言类型：大会发言、会上发言或书面发言",
      "发言题目至少 2 个字",
    ]);
  });

  it("is recorded around the meeting only", () => {
    expect(consultationStates.filter((s) => speechRecordProblem(s) === null)).toEqual(["scheduled", "held"]);
  });
});
