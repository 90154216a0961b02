import { describe, expect, it } from "vitest";
import { proposalDraftInput, proposalSubmitInput, submitProblems } from "./proposal";
import { jointProposal } from "./testFixtures";

const proposer = { kind: "member" as const, memberId: "m1" };

describe("proposal text", () => {
  it("saves a draft with almost nothing in it", () => {
    expect(proposalDraftInput.safeParse({ sessionId: "s1", proposer }).success).toBe(true);
    expect(proposalDraftInput.safeParse({ sessionId: "s1", proposer, title: "" }).success).toBe(true);
  });

  it("refuses over-long text even in a draft, naming the limit", () => {
    const r = proposalDraftInput.safeParse({ sessionId: "s1", proposer, title: "路".repeat(51), situation: "情".repeat(3001) });
    expect(r.error?.issues.map((i) => i.message)).toEqual(["标题不能超过 50 个字", "案由不能超过 3000 个字，请精简或拆分"]);
    expect(proposalDraftInput.safeParse({ sessionId: "s1", proposer, title: "路".repeat(50) }).success).toBe(true);
  });

  it("trims before counting", () => {
    expect(proposalDraftInput.parse({ sessionId: "s1", proposer, title: `  ${"路".repeat(50)}  ` }).title).toBe("路".repeat(50));
  });

  it("needs the whole text to submit, and says what is missing at each field", () => {
    expect(proposalSubmitInput.safeParse(jointProposal).success).toBe(true);
    expect(submitProblems({ sessionId: "s1", proposer, title: "路灯" })).toEqual([
      { path: "title", message: "标题至少 4 个字" },
      { path: "situation", message: "请填写案由（情况和分析）" },
      { path: "suggestions", message: "请填写具体建议" },
      { path: "category", message: "请选择提案类别" },
      { path: "isLivelihood", message: "请选择是否为民生类提案" },
    ]);
  });

  it("knows every kind of proposer", () => {
    for (const p of [
      { kind: "participatingUnit", participatingUnitId: "民进", contactMemberId: "m1" },
      { kind: "sector", sectorId: "教育界", contactMemberId: null },
      { kind: "townshipGroup", townshipGroupId: "当湖街道", contactMemberId: "m1" },
      { kind: "committee", committeeId: "社法委", contactMemberId: null },
    ]) {
      expect(proposalSubmitInput.safeParse({ ...jointProposal, proposer: p }).success).toBe(true);
    }
    expect(proposalDraftInput.safeParse({ sessionId: "s1", proposer: { kind: "citizen" } }).success).toBe(false);
  });
});
