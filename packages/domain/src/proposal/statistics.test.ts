import { describe, expect, it } from "vitest";
import { fourCategoryCityPreset, zhejiangCityPreset } from "../ruleSet/presets";
import { proposalStatistics, proposalStatisticsBy, type ProposalStatRow } from "./statistics";

const zj = zhejiangCityPreset.proposal;

const row = (r: Partial<ProposalStatRow> & Pick<ProposalStatRow, "sessionId" | "status">): ProposalStatRow => ({
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

/** Ten proposals over two sessions; the expected figures below were counted by hand. */
const rows: ProposalStatRow[] = [
  row({ sessionId: "s1", status: "draft", isLivelihood: true, sectorId: "S1" }),
  row({ sessionId: "s1", status: "submitted", isLivelihood: true, sectorId: "S1" }),
  row({ sessionId: "s1", status: "notFiled", sectorId: "S2" }),
  row({ sessionId: "s1", status: "filed", isLivelihood: true, sectorId: "S1", committeeId: "K1" }),
  row({ sessionId: "s1", status: "assigned", sectorId: "S1", handlingUnitIds: ["U1"] }),
  row({ sessionId: "s1", status: "closed", isLivelihood: true, sectorId: "S2", committeeId: "K1", handlingUnitIds: ["U1"], replies: [{ handlingUnitId: "U1", categoryCode: "A" }], evaluation: "satisfied" }),
  row({
    sessionId: "s1",
    status: "evaluated",
    isLivelihood: true,
    sectorId: "S1",
    handlingUnitIds: ["U1", "U2"],
    replies: [
      { handlingUnitId: "U1", categoryCode: "B" },
      { handlingUnitId: "U2", categoryCode: "C" },
    ],
    evaluation: "unsatisfied",
  }),
  row({ sessionId: "s2", status: "replied", sectorId: "S2", committeeId: "K2", handlingUnitIds: ["U2"], replies: [{ handlingUnitId: "U2", categoryCode: "C" }] }),
  row({ sessionId: "s2", status: "closed", isLivelihood: true, committeeId: "K2", handlingUnitIds: ["U2"], replies: [{ handlingUnitId: "U2", categoryCode: "A" }], evaluation: "basicallySatisfied" }),
  row({ sessionId: "s2", status: "withdrawn", sectorId: "S1" }),
];

const stats = (
  received: number,
  filed: number,
  notFiled: number,
  livelihood: number,
  replied: number,
  [A, B, C]: [number, number, number],
  resolved: number,
  evaluated: number,
  satisfied: number,
) => ({
  received,
  filed,
  notFiled,
  livelihood,
  livelihoodShare: filed === 0 ? null : livelihood / filed,
  replied,
  replyCategories: { A, B, C },
  resolved,
  evaluated,
  satisfied,
  satisfactionRate: evaluated === 0 ? null : satisfied / evaluated,
});

describe("proposal statistics", () => {
  it("counts the council's figures", () => {
    expect(proposalStatistics(rows, zj)).toEqual(stats(9, 6, 1, 4, 4, [2, 1, 2], 3, 3, 2));
  });

  it("groups by session", () => {
    expect(proposalStatisticsBy(rows, "session", zj)).toEqual([
      { key: "s1", statistics: stats(6, 4, 1, 3, 2, [1, 1, 1], 2, 2, 1) },
      { key: "s2", statistics: stats(3, 2, 0, 1, 2, [1, 0, 1], 1, 1, 1) },
    ]);
  });

  it("groups by handling unit, counting each unit's own replies, and filed proposals no unit has yet under null (未交办)", () => {
    expect(proposalStatisticsBy(rows, "handlingUnit", zj)).toEqual([
      { key: "U1", statistics: stats(3, 3, 0, 2, 2, [1, 1, 0], 2, 2, 1) },
      { key: "U2", statistics: stats(3, 3, 0, 2, 3, [1, 0, 2], 1, 2, 1) },
      // The filed one; the submitted, not filed and withdrawn ones belong to no unit.
      { key: null, statistics: stats(1, 1, 0, 1, 0, [0, 0, 0], 0, 0, 0) },
    ]);
  });

  it("groups by sector, keeping unattributed proposals under null", () => {
    expect(proposalStatisticsBy(rows, "sector", zj)).toEqual([
      { key: "S1", statistics: stats(5, 3, 0, 2, 1, [0, 1, 1], 1, 1, 0) },
      { key: "S2", statistics: stats(3, 2, 1, 1, 2, [1, 0, 1], 1, 1, 1) },
      { key: null, statistics: stats(1, 1, 0, 1, 1, [1, 0, 0], 1, 1, 1) },
    ]);
  });

  it("groups by committee", () => {
    const byCommittee = proposalStatisticsBy(rows, "committee", zj);
    expect(byCommittee.map((g) => g.key)).toEqual(["K1", "K2", null]);
    expect(byCommittee[0]!.statistics).toEqual(stats(2, 2, 0, 2, 1, [1, 0, 0], 1, 1, 1));
    expect(byCommittee[1]!.statistics).toEqual(stats(2, 2, 0, 1, 2, [1, 0, 1], 1, 1, 1));
  });

  it("reads categories and what counts as resolved from the rule set", () => {
    const withD = [...rows, row({ sessionId: "s2", status: "closed", handlingUnitIds: ["U3"], replies: [{ handlingUnitId: "U3", categoryCode: "D" }] })];
    const four = proposalStatistics(withD, fourCategoryCityPreset.proposal);
    expect(four.replyCategories).toEqual({ A: 2, B: 1, C: 2, D: 1 });
    expect(four.resolved).toBe(3);
    // A code the current rule set lacks (an older rule set's) still shows, under its own code.
    expect(proposalStatistics(withD, zj).replyCategories).toEqual({ A: 2, B: 1, C: 2, D: 1 });
  });

  it("reports no rate rather than 0 % when there is nothing to divide by", () => {
    const empty = proposalStatistics([], zj);
    expect(empty.livelihoodShare).toBeNull();
    expect(empty.satisfactionRate).toBeNull();
    expect(empty.replyCategories).toEqual({ A: 0, B: 0, C: 0 });
  });
});
