import { describe, expect, it } from "vitest";
import { scoreMember } from "../score";
import { entry, lines } from "../testEntries";
import { tongcheng2019 } from "./tongcheng2019";

describe("Tongcheng 2019, a hand-worked member", () => {
  const year = [
    entry("e01", "plenaryAttendance", "2019-01-10"),
    entry("e02", "proposalSubmitted", "2019-01-11", { role: "lead", signers: 1 }),
    entry("e10", "plenaryWrittenSpeech", "2019-01-12"),
    entry("e03", "proposalFiledAsCosigner", "2019-02-01", { role: "cosigner", signers: 3 }),
    entry("e05", "proposalSubmitted", "2019-03-01", { role: "lead", signers: 2 }),
    entry("e11", "consultationAttendance", "2019-03-10"),
    entry("e06", "proposalFiledAsLead", "2019-04-01", { role: "lead", signers: 1 }),
    entry("e12", "inspection", "2019-04-10"),
    entry("e08", "standingMeetingAbsence", "2019-04-20"),
    entry("e07", "proposalFiledAsLead", "2019-05-01", { role: "lead", signers: 2 }),
    entry("e09", "standingMeetingLeave", "2019-05-20"),
    entry("e13", "research", "2019-06-10"),
    entry("e14", "consultationSpeech", "2019-06-11"),
    entry("e15", "opinionReportSubmitted", "2019-07-01"),
    entry("e16", "opinionReportAdopted", "2019-08-01", { level: "city" }),
    entry("e17", "opinionReportSubmitted", "2019-09-01"),
  ];
  // Given shuffled: scoring must put the ledger back in order itself.
  const score = scoreMember([...year].reverse(), tongcheng2019);

  it("scores every entry as worked out by hand", () => {
    expect(lines(score)).toEqual([
      "e01 plenaryPresent 50→50", // meetings 50 (cap 50)
      "e02 proposalSubmitted 10→10", // sole proposer: all 10; proposals 10
      "e10 writtenSpeech 5→5", // activities 5
      "e03 proposalCosigned 6.25→6.25", // 25 × ½ = 12.5 shared by the 2 co-signers; proposals 16.25
      "e05 proposalSubmitted 5→5", // joint of 2: first proposer 10 × ½; proposals 21.25
      "e11 activity 2→2", // activities 7
      "e06 proposalFiled 15→3.75", // only 25 − 21.25 = 3.75 left under the cap
      "e12 activity 2→2", // activities 9
      "e08 standingAbsent -5→-5", // meetings 45
      "e07 proposalFiled 7.5→0", // 15 × ½, but proposals are at the cap
      "e09 standingLeave -2→-2", // meetings 43
      "e13 activity 2→1", // only 10 − 9 = 1 left
      "e14 - 0→0", // Tongcheng does not score speeches at consultations
      "e15 opinionReport 10→10", // opinion reports 10
      "e16 opinionAdopted 5→5", // 15, at the cap
      "e17 opinionReport 10→0",
    ]);
  });

  it("adds up to 43 + 25 + 10 + 15 = 93, a pass", () => {
    expect(score.categories.map((c) => [c.code, c.subtotal])).toEqual([
      ["meetings", 43],
      ["proposals", 25],
      ["activities", 10],
      ["opinionReports", 15],
    ]);
    expect(score.total).toBe(93);
    expect(score.band).toEqual({ code: "pass", label: "合格", consequence: null });
  });

  it("explains each figure in Chinese and cites the source record and the clause", () => {
    const byId = new Map(score.entries.map((e) => [e.entryId, e]));
    expect(byId.get("e06")!.note).toBe("已达本类上限25分，本条计3.75分");
    expect(byId.get("e07")!.note).toBe("2人联名，第一提案人得15分的50%；已达本类上限25分，本条不计分");
    expect(byId.get("e03")!.note).toBe("3人联名，其余2人平分12.5分；计6.25分");
    expect(byId.get("e13")!.note).toBe("已达本类上限10分，本条计1分");
    expect(byId.get("e08")!.note).toBe("扣5分");
    expect(byId.get("e14")!.note).toBe("本考评表未对此类记录计分");
    expect(byId.get("e06")!.clause).toEqual({ code: "proposalFiled", label: "提案立案", category: "proposals" });
    expect(byId.get("e06")!.source).toEqual({ table: "test_source", id: "e06" });
    expect(score.citation).toBe("桐城市政协委员履职量化考评办法（2019年）");
  });

  it("stops deductions at zero for the category (扣完为止), whenever in the year they fall", () => {
    const s = scoreMember(
      [
        entry("d1", "standingMeetingLeave", "2019-01-05"), // before the plenary: still taken from its 30
        entry("d2", "plenaryLeave", "2019-01-10"), // meetings 30
        ...["d3", "d4", "d5", "d6", "d7"].map((id, i) => entry(id, "standingMeetingAbsence", `2019-0${i + 2}-01`)),
        entry("d8", "standingMeetingAbsence", "2019-08-01"), // 30 − 2 − 5 × 5 = 3 left: takes 3, not 5
        entry("d9", "standingMeetingAbsence", "2019-09-01"), // nothing left
      ],
      tongcheng2019,
    );
    expect(lines(s)).toEqual([
      "d1 standingLeave -2→-2",
      "d2 plenaryLeave 30→30",
      "d3 standingAbsent -5→-5",
      "d4 standingAbsent -5→-5",
      "d5 standingAbsent -5→-5",
      "d6 standingAbsent -5→-5",
      "d7 standingAbsent -5→-5",
      "d8 standingAbsent -5→-3",
      "d9 standingAbsent -5→0",
    ]);
    expect(s.entries.find((e) => e.entryId === "d8")!.note).toBe("本类已扣至0分（扣完为止），本条扣3分");
    expect(s.entries.find((e) => e.entryId === "d9")!.note).toBe("本类已扣至0分（扣完为止），本条不再扣分");
    expect(s.total).toBe(0);
    expect(s.band.code).toBe("fail");
  });
});
