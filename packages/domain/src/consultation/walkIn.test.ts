import { describe, expect, it } from "vitest";
import { invitationListProblem, invitationStates } from "./invitation";
import { consultationStates, transitionConsultation, type ConsultationFacts } from "./lifecycle";
import { walkInInvitation } from "./walkIn";

describe("a member registered present by hand", () => {
  it("without an invitation, or with a withdrawn one, is invited as accepted; any other reply stands", () => {
    expect(walkInInvitation(null)).toBe("accepted");
    expect(walkInInvitation("withdrawn")).toBe("accepted");
    for (const s of invitationStates.filter((s) => s !== "withdrawn")) expect(walkInInvitation(s), s).toBeNull();
  });
});

describe("the invitation list", () => {
  it("is open once planned and until the meeting; never for a draft", () => {
    const open = consultationStates.filter((s) => invitationListProblem(s) == null);
    expect(open).toEqual(["planned", "scheduled"]);
    expect(invitationListProblem("draft")).toMatch(/草稿/);
    expect(invitationListProblem("held")).toMatch(/出席登记/);
  });
});

describe("holding a deliberation", () => {
  const liaison = { role: "liaison" as const, councilId: "c1", townshipId: "t1" };
  const facts = (attendanceCount: number): ConsultationFacts => ({
    councilId: "c1",
    townshipId: "t1",
    formatCode: "deliberation",
    plannedDate: "2025-03-12",
    today: "2025-03-12",
    draftViolations: [],
    attendanceCount,
    eligibleCount: null,
    openSuggestionCount: 0,
  });

  it("needs someone present, and nothing about invitations: a walk-in registered by hand is enough", () => {
    expect(transitionConsultation("scheduled", { type: "hold" }, liaison, facts(1))).toEqual({ ok: true, state: "held", changed: true });
    const none = transitionConsultation("scheduled", { type: "hold" }, liaison, facts(0));
    expect(none).toMatchObject({ ok: false, refusals: [{ kind: "rule" }] });
    expect(JSON.stringify(none)).toContain("尚无出席记录，请先扫码签到或手工登记出席");
  });
});
