import { describe, expect, it } from "vitest";
import { annualReportTransition, reportDraft, reportFigures } from "./annualReport";
import { defaultPledgeRules, pledgeLockedReason, reportLate, reportNotOpenReason } from "./rules";

const full = { duties: "履职情况", results: "成效", shortcomings: "不足" };

describe("reportFigures", () => {
  it("counts each kind once in the ledger's order of kinds, leaving out kinds with none", () => {
    const figures = reportFigures([{ kind: "proposalSubmitted" }, { kind: "consultationAttendance" }, { kind: "proposalSubmitted" }]);
    expect(figures).toEqual([
      { kind: "consultationAttendance", label: "出席协商活动", count: 1 },
      { kind: "proposalSubmitted", label: "提交提案", count: 2 },
    ]);
    expect(reportDraft(2025, figures).duties).toBe("2025 年，本人出席协商活动 1 次，提交提案 2 件。");
  });
});

describe("annualReportTransition", () => {
  it("submits a draft with every part written, and names each empty part", () => {
    expect(annualReportTransition("draft", { type: "submit", sections: full })).toMatchObject({ ok: true, state: "submitted" });
    const r = annualReportTransition("draft", { type: "submit", sections: { ...full, results: " ", shortcomings: "" } });
    expect(r.ok ? [] : r.refusals.map((x) => x.field)).toEqual(["results", "shortcomings"]);
  });

  it("keeps a submitted report from changes; the office returns it with a reason, and the member resubmits", () => {
    expect(annualReportTransition("submitted", { type: "save" }).ok).toBe(false);
    expect(annualReportTransition("submitted", { type: "submit", sections: full }).ok).toBe(false);
    expect(annualReportTransition("submitted", { type: "return", reason: "" }).ok).toBe(false);
    expect(annualReportTransition("submitted", { type: "return", reason: "请补充调研情况" })).toMatchObject({ ok: true, state: "returned" });
    expect(annualReportTransition("returned", { type: "save" }).ok).toBe(true);
    expect(annualReportTransition("returned", { type: "submit", sections: full })).toMatchObject({ ok: true, state: "submitted" });
    expect(annualReportTransition("draft", { type: "return", reason: "x" }).ok).toBe(false);
  });
});

describe("deadlines", () => {
  it("lets a pledge change up to its deadline day, and a report be submitted from its opening day, late after its due day", () => {
    expect(pledgeLockedReason(2025, "2025-03-31", defaultPledgeRules)).toBeNull();
    expect(pledgeLockedReason(2025, "2025-04-01", defaultPledgeRules)).toContain("2025-03-31");
    expect(pledgeLockedReason(2026, "2025-12-20", defaultPledgeRules)).toBeNull();
    expect(reportNotOpenReason(2025, "2025-11-30", defaultPledgeRules)).toContain("2025-12-01");
    expect(reportNotOpenReason(2025, "2025-12-01", defaultPledgeRules)).toBeNull();
    expect(reportLate(2025, "2026-01-31", defaultPledgeRules)).toBe(false);
    expect(reportLate(2025, "2026-02-01", defaultPledgeRules)).toBe(true);
  });
});
