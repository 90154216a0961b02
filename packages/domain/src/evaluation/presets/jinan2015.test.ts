import { describe, expect, it } from "vitest";
import { scoreMember } from "../score";
import { exitTriggers } from "../triggers";
import { entry, lines } from "../testEntries";
import { jinan2015 } from "./jinan2015";

const lead = { role: "lead", signers: 1 } as const;

describe("Jinan 2015, hand-worked members", () => {
  it("scores base 70 plus the extras, the first filed proposal being part of the base", () => {
    const s = scoreMember(
      [
        entry("j01", "plenaryAttendance", "2015-01-20"), // meets a minimum; earns nothing by itself
        entry("j02", "plenaryLeave", "2015-01-21"), // −10
        entry("j03", "proposalSubmitted", "2015-01-22", lead),
        entry("j04", "proposalFiledAsLead", "2015-03-01", lead), // first: in the base
        entry("j05", "proposalFiledAsLead", "2015-03-02", lead), // +5, bonus 5
        entry("j06", "proposalFiledAsLead", "2015-03-03", lead), // +5, bonus 10
        entry("j07", "keyProposal", "2015-04-01", lead), // +5, bonus 15
        entry("j08", "proposalExcellent", "2015-12-01", lead), // +10, bonus 25
        ...[1, 2, 3, 4, 5, 6].map((n) => entry(`w${n}`, "publicWelfare", `2015-0${n + 3}-15`)), // 2 each, the item caps at 10
      ],
      jinan2015,
    );
    expect(lines(s)).toEqual([
      "j01 - 0→0",
      "j02 plenaryLeave -10→-10",
      "j03 - 0→0",
      "j04 extraFiled 0→0",
      "j05 extraFiled 5→5",
      "j06 extraFiled 5→5",
      "j07 keyProposal 5→5",
      "w1 publicWelfare 2→2",
      "w2 publicWelfare 2→2",
      "w3 publicWelfare 2→2",
      "w4 publicWelfare 2→2",
      "w5 publicWelfare 2→2",
      "w6 publicWelfare 2→0",
      "j08 excellentProposal 10→10",
    ]);
    expect(s.entries.find((e) => e.entryId === "j04")!.note).toBe("本年第1件属基本要求，不另计分");
    expect(s.entries.find((e) => e.entryId === "w6")!.note).toBe("已达本项上限10分，本条不计分");
    // 70 + (5 + 5 + 5 + 10 + 10) − 10 = 95
    expect(s.categories.map((c) => [c.code, c.subtotal])).toEqual([
      ["plenary", -10],
      ["bonus", 35],
    ]);
    expect(s.total).toBe(95);
    expect(s.band.label).toBe("优秀");
    // No inspection or research this year: 「三个一」 not met, whatever the score.
    expect(s.unmetMinimums).toEqual([{ code: "oneInspectionOrResearch", label: "每年至少参加一次视察或调研", required: 1, found: 0 }]);
  });

  it("caps the extras at 50 and, naming no floor, lets plenary absences take the rest", () => {
    const filed = Array.from({ length: 12 }, (_, i) => entry(`f${String(i + 1).padStart(2, "0")}`, "proposalFiledAsLead", `2015-02-${String(i + 1).padStart(2, "0")}`, lead));
    const s = scoreMember([...filed, entry("x1", "plenaryAbsence", "2015-01-20"), entry("x2", "plenaryAbsence", "2015-06-20")], jinan2015);
    // f01 is the base's; f02…f11 earn 5 each = 50, the cap; f12 earns nothing.
    expect(s.entries.filter((e) => e.kind === "proposalFiledAsLead").map((e) => e.applied)).toEqual([0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0]);
    expect(s.entries.find((e) => e.entryId === "f12")!.note).toBe("已达本类上限50分，本条不计分");
    // 70 + 50 − 30 − 30 = 60
    expect(s.total).toBe(60);
    expect(s.band.label).toBe("称职");
    expect(s.unmetMinimums.map((m) => m.code)).toEqual(["onePlenary", "oneProposalOrReport", "oneInspectionOrResearch"]);
  });

  it("calls for a talk with the council after two years below 60", () => {
    const history = [
      { year: 2014, entries: [], total: 70 },
      { year: 2015, entries: [], total: 55 },
      { year: 2016, entries: [], total: 40 },
    ];
    expect(exitTriggers(history, jinan2015)).toEqual([
      { code: "lowScoreTwoYears", label: "连续两年考评低于60分", consequence: "由政协约谈", years: [2015, 2016], entryIds: [] },
    ]);
    expect(exitTriggers(history.slice(0, 2), jinan2015)).toEqual([]);
  });
});
