import { describe, expect, it } from "vitest";
import { proposalEditRefusals, type EditableProposal } from "./edit";
import { actsForProposer } from "./proposer";

const draft: EditableProposal = { status: "draft", leadMemberId: "m1", proposerKind: "joint" };
const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe("who acts for a proposal", () => {
  it("is its first proposer (or a collective's contact), never a member without one", () => {
    expect(actsForProposer({ memberId: "m1" }, "m1")).toBe(true);
    expect(actsForProposer({ memberId: "m2" }, "m1")).toBe(false);
    expect(actsForProposer({ memberId: null }, null)).toBe(false);
    expect(actsForProposer({}, null)).toBe(false);
  });
});

describe("changes outside the state machine", () => {
  it("lets the first proposer and staff edit a draft, not a co-signer, a unit or a liaison", () => {
    expect(proposalEditRefusals({ role: "member", memberId: "m1" }, draft, "text")).toEqual([]);
    expect(proposalEditRefusals({ role: "admin" }, draft, "text")).toEqual([]);
    expect(proposalEditRefusals({ role: "member", memberId: "m2" }, draft, "text")).toMatchObject([{ code: "notProposer", kind: "forbidden" }]);
    expect(codes(proposalEditRefusals({ role: "handler", handlingUnitId: "u1" }, draft, "text"))).toEqual(["role"]);
    expect(codes(proposalEditRefusals({ role: "liaison" }, draft, "text"))).toEqual(["role"]);
  });

  it("opens the text in draft and returned, the co-signers and deleting in draft only", () => {
    const lead = { role: "member" as const, memberId: "m1" };
    expect(proposalEditRefusals(lead, { ...draft, status: "returned" }, "text")).toEqual([]);
    expect(proposalEditRefusals(lead, { ...draft, status: "submitted" }, "text")).toEqual([
      { code: "state", kind: "rule", message: "提案当前为「已提交」，只有草稿或退回修改的提案可以修改内容" },
    ]);
    expect(codes(proposalEditRefusals(lead, { ...draft, status: "returned" }, "cosigners"))).toEqual(["state"]);
    expect(codes(proposalEditRefusals(lead, { ...draft, status: "returned" }, "discard"))).toEqual(["state"]);
  });

  it("has co-signers only on a member's or a joint proposal, and says every reason at once", () => {
    expect(codes(proposalEditRefusals({ role: "admin" }, { ...draft, proposerKind: "sector" }, "cosigners"))).toEqual(["collective"]);
    expect(codes(proposalEditRefusals({ role: "admin" }, { ...draft, status: "filed", proposerKind: "sector" }, "cosigners"))).toEqual(["state", "collective"]);
  });
});
