import { describe, expect, it } from "vitest";
import { consultationDraftInput, type ConsultationDraft } from "./draft";
import { consultationFormatCodes, type ConsultationFormatCode } from "./formats";
import { uid } from "./testIds";
import { validateConsultation, type ConsultationContext } from "./validate";

const admin: ConsultationContext = { actor: { role: "admin" } };
const t1 = uid(101);
const t2 = uid(102);
const liaison: ConsultationContext = { actor: { role: "liaison", townshipId: t1 } };

const draft = (over: Partial<ConsultationDraft> & { formatCode: ConsultationFormatCode }): ConsultationDraft => ({
  ...consultationDraftInput.parse({ title: "关于停车难问题的协商", year: 2024, formatCode: over.formatCode }),
  ...over,
});

const codes = (d: ConsultationDraft, c: ConsultationContext = admin) => validateConsultation(d, c).map((v) => v.code);

/** A draft that satisfies every format rule, to show that the rules flag only what is missing. */
function complete(formatCode: ConsultationFormatCode): ConsultationDraft {
  return draft({
    formatCode,
    leadCommitteeId: uid(1),
    sectorIds: [uid(2)],
    handlingUnitIds: [uid(3)],
    linkedProposalIds: [uid(4)],
    townshipId: ["deliberation", "microConsultation", "consultationPostActivity", "memberStudioActivity"].includes(formatCode) ? t1 : null,
    venueId: uid(5),
    mode: formatCode === "onlineDeliberation" ? "online" : "offline",
  });
}

describe("validateConsultation", () => {
  it("accepts a complete draft of every format", () => {
    for (const code of consultationFormatCodes) expect([code, codes(complete(code))]).toEqual([code, []]);
  });

  it("needs a sector for a sector consultation", () => {
    const v = validateConsultation(draft({ formatCode: "sectorConsultation" }), admin);
    expect(v).toEqual([{ path: "sectorIds", code: "sectorRequired", message: "「界别协商」须至少选择一个参加的界别" }]);
  });

  it("needs a committee and a handling unit for a counterpart consultation, both reported", () => {
    const v = validateConsultation(draft({ formatCode: "counterpartConsultation" }), admin);
    expect(v.map((x) => x.path)).toEqual(["leadCommitteeId", "handlingUnitIds"]);
    expect(v[1]!.message).toBe("「对口协商」须至少选择一个对口部门（承办单位）");
  });

  it("needs a linked proposal for a proposal-handling consultation", () => {
    expect(codes(draft({ formatCode: "proposalHandlingConsultation", leadCommitteeId: uid(1) }))).toEqual(["linkedProposalRequired"]);
  });

  it("needs a township for a township format, and refuses one on a city format", () => {
    expect(codes(draft({ formatCode: "deliberation" }))).toEqual(["townshipRequired"]);
    expect(codes(draft({ formatCode: "sectorConsultation", sectorIds: [uid(2)], townshipId: t1 }))).toEqual(["townshipNotAllowed"]);
    // online deliberation runs at either level
    expect(codes(draft({ formatCode: "onlineDeliberation", mode: "online" }))).toEqual([]);
    expect(codes(draft({ formatCode: "onlineDeliberation", mode: "online", townshipId: t1 }))).toEqual([]);
  });

  it("keeps a liaison to its own township", () => {
    expect(codes(draft({ formatCode: "deliberation", townshipId: t1 }), liaison)).toEqual([]);
    const other = validateConsultation(draft({ formatCode: "deliberation", townshipId: t2 }), liaison);
    expect(other).toEqual([{ path: "townshipId", code: "otherTownship", message: "联络员只能为本镇街道组织协商，请选择本镇街道" }]);
    expect(codes(draft({ formatCode: "onlineDeliberation", mode: "online" }), liaison)).toEqual(["cityLevelByLiaison"]);
    expect(codes(draft({ formatCode: "deliberation", townshipId: t1 }), { actor: { role: "liaison", townshipId: null } })).toEqual(["otherTownship"]);
  });

  it("refuses a plenary or standing meeting expected below quorum", () => {
    const plenary = draft({ formatCode: "plenarySession" });
    expect(codes(plenary, { ...admin, attendance: { eligible: 300, expected: 151 } })).toEqual([]);
    const v = validateConsultation(plenary, { ...admin, attendance: { eligible: 300, expected: 150 } });
    expect(v).toEqual([
      {
        path: "attendance",
        code: "belowQuorum",
        message: "「全体会议」须过半数委员出席：应出席 300 人，至少需 151 人，目前预计 150 人，请督促委员报名或调整日期",
      },
    ]);
    expect(codes(draft({ formatCode: "standingCommitteeConsultation" }), { ...admin, attendance: { eligible: 40, expected: 20 } })).toEqual(["belowQuorum"]);
    // formats without a quorum ignore attendance
    expect(codes(draft({ formatCode: "deliberation", townshipId: t1 }), { ...admin, attendance: { eligible: 40, expected: 1 } })).toEqual([]);
  });

  it("keeps dates in order: inside the year and quarter, reply deadline before the meeting", () => {
    expect(codes(draft({ formatCode: "plenarySession", plannedDate: "2025-01-10" }))).toEqual(["dateOutsideYear"]);
    expect(codes(draft({ formatCode: "plenarySession", quarter: 1, plannedDate: "2024-04-01" }))).toEqual(["dateOutsideQuarter"]);
    expect(validateConsultation(draft({ formatCode: "plenarySession", quarter: 1, plannedDate: "2024-04-01" }), admin)[0]!.message).toBe(
      "计划日期 2024-04-01 不在第一季度（2024-01-01 至 2024-03-31），请修改日期或季度",
    );
    expect(codes(draft({ formatCode: "plenarySession", quarter: 1, plannedDate: "2024-03-31", replyDeadline: "2024-03-31" }))).toEqual([]);
    expect(codes(draft({ formatCode: "plenarySession", plannedDate: "2024-03-01", replyDeadline: "2024-03-02" }))).toEqual(["replyDeadlineAfterDate"]);
  });

  it("checks title length on merged drafts too", () => {
    expect(codes(draft({ formatCode: "plenarySession", title: "会议" }))).toEqual(["titleTooShort"]);
    expect(codes(draft({ formatCode: "plenarySession", title: "长".repeat(81) }))).toEqual(["titleTooLong"]);
  });

  it("checks the mode and the venue against the format", () => {
    expect(codes(draft({ formatCode: "microConsultation", townshipId: t1, mode: "online" }))).toEqual(["modeNotAllowed"]);
    expect(validateConsultation(draft({ formatCode: "microConsultation", townshipId: t1, mode: "online" }), admin)[0]!.message).toBe(
      "「微协商」不能采用「线上」方式，可选：线下",
    );
    expect(codes(draft({ formatCode: "receptionHallActivity" }))).toEqual(["venueRequired"]);
    const hall = draft({ formatCode: "receptionHallActivity", venueId: uid(5) });
    expect(codes(hall, { ...admin, venue: { kind: "memberStudio", townshipId: null } })).toEqual(["venueKindMismatch"]);
    expect(codes(hall, { ...admin, venue: { kind: "receptionHall", townshipId: t1 } })).toEqual(["venueOtherTownship"]);
    expect(codes({ ...hall, townshipId: t1 }, { ...admin, venue: { kind: "receptionHall", townshipId: t1 } })).toEqual([]);
  });

  it("reports every problem at once", () => {
    const bad = draft({ formatCode: "counterpartConsultation", title: "会", townshipId: t2, plannedDate: "2023-05-01" });
    expect(codes(bad, liaison)).toEqual([
      "titleTooShort",
      "leadCommitteeRequired",
      "handlingUnitRequired",
      "townshipNotAllowed",
      "otherTownship",
      "dateOutsideYear",
    ]);
  });
});
