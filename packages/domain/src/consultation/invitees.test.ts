import { describe, expect, it } from "vitest";
import { defaultInviteeSelection, resolveInvitees, type InviteeCandidate } from "./invitees";

const m = (id: string, over: Partial<InviteeCandidate> = {}): InviteeCandidate => ({
  id,
  post: "member",
  status: "active",
  sectorId: "s1",
  committeeIds: ["c1"],
  townshipGroupId: "g1",
  ...over,
});

const roster = [
  m("chair", { post: "chair", sectorId: "s2", committeeIds: ["c2"], townshipGroupId: "g2" }),
  m("standing", { post: "standing", sectorId: "s2", committeeIds: ["c2"], townshipGroupId: "g2" }),
  m("a"),
  m("b", { sectorId: "s3", committeeIds: ["c3", "c1"], townshipGroupId: "g3" }),
  m("gone", { status: "withdrawn", post: "standing" }),
];

describe("invitees", () => {
  it("unites the criteria, once per member, never a withdrawn one", () => {
    expect(resolveInvitees({ everyone: true }, roster)).toEqual(["chair", "standing", "a", "b"]);
    expect(resolveInvitees({ standingMembers: true }, roster)).toEqual(["chair", "standing"]);
    expect(resolveInvitees({ chairs: true }, roster)).toEqual(["chair"]);
    expect(resolveInvitees({ sectorIds: ["s1"], committeeIds: ["c1"] }, roster)).toEqual(["a", "b"]);
    expect(resolveInvitees({ townshipGroupIds: ["g3"], memberIds: ["chair", "gone"] }, roster)).toEqual(["chair", "b"]);
    expect(resolveInvitees({}, roster)).toEqual([]);
  });

  it("starts from the members each format requires", () => {
    const context = { townshipGroupIds: ["g3"], pairedSectorIds: ["s2"], proposerIds: ["a"] };
    expect(resolveInvitees(defaultInviteeSelection({ formatCode: "plenarySession", sectorIds: [], leadCommitteeId: null }, context), roster)).toHaveLength(4);
    expect(resolveInvitees(defaultInviteeSelection({ formatCode: "standingCommitteeConsultation", sectorIds: [], leadCommitteeId: null }, context), roster)).toEqual(["chair", "standing"]);
    expect(resolveInvitees(defaultInviteeSelection({ formatCode: "sectorConsultation", sectorIds: ["s3"], leadCommitteeId: null }, context), roster)).toEqual(["b"]);
    expect(resolveInvitees(defaultInviteeSelection({ formatCode: "counterpartConsultation", sectorIds: [], leadCommitteeId: "c2" }, context), roster)).toEqual(["chair", "standing"]);
    expect(resolveInvitees(defaultInviteeSelection({ formatCode: "proposalHandlingConsultation", sectorIds: [], leadCommitteeId: null }, context), roster)).toEqual(["a"]);
    // a deliberation: the township group and the sectors paired with it (结对联系)
    expect(resolveInvitees(defaultInviteeSelection({ formatCode: "deliberation", sectorIds: [], leadCommitteeId: null }, context), roster)).toEqual(["chair", "standing", "b"]);
  });
});
