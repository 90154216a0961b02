import { describe, expect, it } from "vitest";
import { consultationDutyEventKinds, consultationDutyEventLabels, participationDutyEvents, participationDutyNow, suggestionDutyEvent } from "./dutyEvents";

describe("consultation duty events", () => {
  it("labels every kind", () => {
    for (const k of consultationDutyEventKinds) expect(consultationDutyEventLabels[k]).toBeTruthy();
  });

  it("records attendance, excused leave and absence once per member", () => {
    const events = participationDutyEvents(
      [
        { memberId: "came", state: "accepted" },
        { memberId: "cameOnLeave", state: "leaveApproved" },
        { memberId: "excused", state: "leaveApproved" },
        { memberId: "asked", state: "leaveRequested" },
        { memberId: "silent", state: "invited" },
        { memberId: "dropped", state: "withdrawn" },
        { memberId: "came", state: "accepted" },
      ],
      new Set(["came", "cameOnLeave", "walkIn"]),
    );
    expect(events).toEqual([
      { kind: "consultationAttendance", memberId: "came" },
      { kind: "consultationAttendance", memberId: "cameOnLeave" },
      { kind: "consultationLeave", memberId: "excused" },
      { kind: "consultationAbsence", memberId: "asked" },
      { kind: "consultationAbsence", memberId: "silent" },
      { kind: "consultationAttendance", memberId: "walkIn" },
    ]);
  });

  it("credits a suggestion to a member author only", () => {
    expect(suggestionDutyEvent({ authorKind: "member", authorMemberId: "m1" })).toEqual({ kind: "consultationSuggestion", memberId: "m1" });
    expect(suggestionDutyEvent({ authorKind: "resident", authorMemberId: null })).toBeNull();
  });

  it("counts no absence before the meeting and nothing for a meeting cancelled before it took place", () => {
    const invitations = [
      { memberId: "came", state: "accepted" as const },
      { memberId: "excused", state: "leaveApproved" as const },
      { memberId: "silent", state: "invited" as const },
    ];
    const present = new Set(["came"]);
    expect(participationDutyNow({ state: "planned", heldOn: null }, invitations, present)).toEqual([
      { kind: "consultationAttendance", memberId: "came" },
      { kind: "consultationLeave", memberId: "excused" },
    ]);
    expect(participationDutyNow({ state: "held", heldOn: "2026-03-01" }, invitations, present)).toContainEqual({
      kind: "consultationAbsence",
      memberId: "silent",
    });
    expect(participationDutyNow({ state: "cancelled", heldOn: null }, invitations, present)).toEqual([]);
    expect(participationDutyNow({ state: "cancelled", heldOn: "2026-03-01" }, invitations, present)).toHaveLength(3);
  });
});
