import { describe, expect, it } from "vitest";
import { consultationStates } from "./lifecycle";
import { participantInput, participantRecordProblem, participations } from "./participant";
import { uid } from "./testIds";

describe("participantInput", () => {
  it("takes unit and phone as optional and normalises the phone", () => {
    expect(participantInput.parse({ consultationId: uid(1), name: " 李科长 ", kind: "departmentRep", unit: "", phone: "" })).toEqual({
      consultationId: uid(1),
      name: "李科长",
      kind: "departmentRep",
      unit: "",
      phone: null,
    });
    expect(participantInput.parse({ consultationId: uid(1), name: "王阿姨", kind: "resident", phone: "138 1234 5678" }).phone).toBe("13812345678");
  });

  it("says what is missing", () => {
    const r = participantInput.safeParse({ consultationId: uid(1), name: " ", kind: "boss", phone: "123" });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "请填写姓名",
      "请选择身份：部门代表、群众、领导、专家或其他",
      "手机号码应为 11 位中国大陆手机号（1 开头，第二位为 3–9），例如 13812345678",
    ]);
  });
});

describe("participantRecordProblem", () => {
  it("allows recording from scheduling until closing", () => {
    const open = consultationStates.filter((s) => participantRecordProblem(s) === null);
    expect(open).toEqual(["scheduled", "held", "outcomeSubmitted", "feedbackReceived"]);
    expect(participantRecordProblem("draft")).toBe("协商排期后才能登记参会人员");
    expect(participantRecordProblem("closed")).toBe("该协商已办结，参会人员不能再修改");
  });
});

it("counts members present and other participants as 参与人次", () => {
  expect(participations({ membersPresent: 12, participants: 5 })).toBe(17);
});
