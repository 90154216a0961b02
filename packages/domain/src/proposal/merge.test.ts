import { describe, expect, it } from "vitest";
import { mergeGroupRecipients, mergePrimaryOf, mergeProblems, type MergeCandidate } from "./merge";

const filed = (id: string, number: string, extra: Partial<MergeCandidate> = {}): MergeCandidate => ({
  id,
  sessionId: "s1",
  status: "filed",
  number,
  mergeGroupId: null,
  ...extra,
});

describe("merging (并案)", () => {
  it("merges two or more filed, unassigned proposals of one session", () => {
    expect(mergeProblems([filed("a", "13-2-015"), filed("b", "13-2-032")])).toEqual([]);
    expect(mergeProblems([filed("a", "13-2-015")])).toEqual(["并案至少需要两件不同的提案"]);
    expect(mergeProblems([filed("a", "13-2-015"), filed("a", "13-2-015")])).toEqual(["并案至少需要两件不同的提案"]);
    expect(
      mergeProblems([filed("a", "13-2-015"), filed("b", "13-1-002", { sessionId: "s0" }), filed("c", "13-2-040", { status: "assigned" }), filed("d", "13-2-041", { mergeGroupId: "g" })]),
    ).toEqual([
      "只能合并同一次会议的提案",
      "提案 13-2-040 当前为「办理中」，只有已立案、尚未交办的提案可以并案",
      "提案 13-2-041 已并案，不能再并入其他并案组",
    ]);
  });

  it("lists the group under its earliest number", () => {
    expect(mergePrimaryOf([filed("b", "13-2-032"), filed("a", "13-2-015"), filed("c", "13-2-101")])?.id).toBe("a");
  });

  it("sends the reply to every proposer of every merged proposal", () => {
    expect(
      mergeGroupRecipients([
        { id: "a", proposer: { kind: "joint", memberId: "m1", cosigners: [{ memberId: "m2", status: "confirmed" }] } },
        { id: "b", proposer: { kind: "member", memberId: "m3" } },
        { id: "c", proposer: { kind: "participatingUnit", participatingUnitId: "九三学社", contactMemberId: null } },
      ]),
    ).toEqual([
      { proposalId: "a", recipients: [{ kind: "member", memberId: "m1" }, { kind: "member", memberId: "m2" }] },
      { proposalId: "b", recipients: [{ kind: "member", memberId: "m3" }] },
      { proposalId: "c", recipients: [{ kind: "participatingUnit", id: "九三学社" }] },
    ]);
  });
});
