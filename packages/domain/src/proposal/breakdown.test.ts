import { describe, expect, it } from "vitest";
import { proposalBreakdown } from "./breakdown";
import type { ProposalStatRow } from "./statistics";

const row = (r: Partial<ProposalStatRow> & Pick<ProposalStatRow, "status">): ProposalStatRow => ({
  sessionId: "s1",
  proposerKind: "member",
  isLivelihood: false,
  isKey: false,
  merged: false,
  sectorId: null,
  committeeId: null,
  handlingUnitIds: [],
  replies: [],
  evaluation: null,
  ...r,
});

describe("proposal breakdown", () => {
  it("counts collective, joint, key and merged proposals with their shares, as counted by hand", () => {
    const rows = [
      row({ status: "draft", proposerKind: "sector" }),
      row({ status: "submitted", proposerKind: "committee" }),
      row({ status: "notFiled", proposerKind: "joint" }),
      row({ status: "withdrawn" }),
      row({ status: "filed", proposerKind: "participatingUnit" }),
      row({ status: "assigned", proposerKind: "townshipGroup", merged: true }),
      row({ status: "replied", proposerKind: "joint", merged: true }),
      row({ status: "closed", isKey: true }),
      row({ status: "evaluated" }),
    ];
    // Received 8 (not the draft), filed 5.
    expect(proposalBreakdown(rows)).toEqual({
      collectiveReceived: 3,
      collectiveReceivedShare: 3 / 8,
      collectiveFiled: 2,
      collectiveFiledShare: 2 / 5,
      jointReceived: 2,
      jointReceivedShare: 2 / 8,
      jointFiled: 1,
      jointFiledShare: 1 / 5,
      key: 1,
      keyShare: 1 / 5,
      merged: 2,
      mergedShare: 2 / 5,
    });
  });

  it("gives no share rather than 0 % when nothing was received or filed", () => {
    const b = proposalBreakdown([row({ status: "submitted", proposerKind: "sector" })]);
    expect(b.collectiveReceivedShare).toBe(1);
    expect(b.collectiveFiledShare).toBeNull();
    expect(b.keyShare).toBeNull();
    expect(proposalBreakdown([]).jointReceivedShare).toBeNull();
  });
});
