import { describe, expect, it } from "vitest";
import { dutyEventsOnFile, dutyEventsOnKeyProposal, dutyEventsOnSubmit } from "./dutyEvents";
import { isCollective, leadMemberOf, replyRecipientsOf, signingMembersOf, type Proposer } from "./proposer";

const joint: Proposer = {
  kind: "joint",
  memberId: "lead",
  cosigners: [
    { memberId: "a", status: "confirmed" },
    { memberId: "b", status: "declined" },
    { memberId: "c", status: "confirmed" },
  ],
};
const party: Proposer = { kind: "participatingUnit", participatingUnitId: "民盟", contactMemberId: "m9" };

describe("proposers", () => {
  it("signs with the first proposer and the confirmed co-signers only", () => {
    expect(signingMembersOf(joint)).toEqual([
      { memberId: "lead", lead: true },
      { memberId: "a", lead: false },
      { memberId: "c", lead: false },
    ]);
    expect(signingMembersOf(party)).toEqual([]);
  });

  it("knows who acts for the proposal", () => {
    expect(leadMemberOf(joint)).toBe("lead");
    expect(leadMemberOf(party)).toBe("m9");
    expect(leadMemberOf({ kind: "committee", committeeId: "c1", contactMemberId: null })).toBeNull();
    expect(isCollective(party)).toBe(true);
    expect(isCollective(joint)).toBe(false);
  });

  it("sends the reply to every signer, or to the body and its contact", () => {
    expect(replyRecipientsOf(joint)).toEqual([
      { kind: "member", memberId: "lead" },
      { kind: "member", memberId: "a" },
      { kind: "member", memberId: "c" },
    ]);
    expect(replyRecipientsOf(party)).toEqual([
      { kind: "participatingUnit", id: "民盟" },
      { kind: "member", memberId: "m9" },
    ]);
    expect(replyRecipientsOf({ kind: "sector", sectorId: "s1", contactMemberId: null })).toEqual([{ kind: "sector", id: "s1" }]);
  });
});

describe("duty events", () => {
  it("counts the first proposer and co-signers differently, and collective proposals for no one", () => {
    // Three sign (the first proposer and the two who confirmed), so a table can split the points.
    expect(dutyEventsOnSubmit(joint)).toEqual([{ kind: "proposalSubmitted", memberId: "lead", role: "lead", signers: 3 }]);
    expect(dutyEventsOnFile(joint)).toEqual([
      { kind: "proposalFiledAsLead", memberId: "lead", role: "lead", signers: 3 },
      { kind: "proposalFiledAsCosigner", memberId: "a", role: "cosigner", signers: 3 },
      { kind: "proposalFiledAsCosigner", memberId: "c", role: "cosigner", signers: 3 },
    ]);
    expect(dutyEventsOnKeyProposal(joint)).toEqual([{ kind: "keyProposal", memberId: "lead", role: "lead", signers: 3 }]);
    expect([...dutyEventsOnSubmit(party), ...dutyEventsOnFile(party), ...dutyEventsOnKeyProposal(party)]).toEqual([]);
  });
});
