import { describe, expect, it } from "vitest";
import { invitationListProblem, invitationStates } from "./invitation";
import { consultationStates } from "./lifecycle";
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
