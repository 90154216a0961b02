import { describe, expect, it } from "vitest";
import { scoreMember } from "../score";
import { entry, lines } from "../testEntries";
import { anqing2018 } from "./anqing2018";

describe("Anqing 2018, hand-worked members", () => {
  it("is a draft until its proposal clauses are filled in", () => {
    expect(anqing2018.status).toBe("draft");
    expect(anqing2018.clauses.filter((c) => c.category === "proposals")).toEqual([]);
  });

  it("takes absences from the 50 meetings start and leaves proposals unscored, not guessed", () => {
    const s = scoreMember(
      [
        entry("a1", "plenaryAbsence", "2018-01-15"), // 50 − 10 = 40
        entry("a2", "consultationAbsence", "2018-03-01"), // 35
        entry("a3", "consultationAttendance", "2018-04-01"), // attending is expected: no clause
        entry("a4", "standingMeetingAbsence", "2018-06-01"), // 30
        entry("a5", "proposalSubmitted", "2018-07-01", { role: "lead", signers: 1 }),
      ],
      anqing2018,
    );
    expect(lines(s)).toEqual([
      "a1 plenaryAbsent -10→-10",
      "a2 meetingAbsent -5→-5",
      "a3 - 0→0",
      "a4 meetingAbsent -5→-5",
      "a5 - 0→0",
    ]);
    expect(s.categories.map((c) => [c.code, c.start, c.subtotal])).toEqual([
      ["meetings", 50, 30],
      ["proposals", 0, 0],
    ]);
    expect(s.total).toBe(30);
    expect(s.band.label).toBe("不称职");
  });

  it("stops at zero however many absences (扣完为止)", () => {
    // 2 plenary (−20) and 7 other absences (−35) would be −55 from 50: the sixth other takes 0 of its 5.
    const absences = [
      entry("p1", "plenaryAbsence", "2018-01-15"),
      entry("p2", "plenaryAbsence", "2018-02-15"),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => entry(`c${n}`, "consultationAbsence", `2018-0${n + 2}-01`)),
    ];
    const s = scoreMember(absences, anqing2018);
    // 50 − 20 = 30; c1…c6 take 5 each to 0; c7 nothing.
    expect(s.entries.map((e) => e.applied)).toEqual([-10, -10, -5, -5, -5, -5, -5, -5, 0]);
    expect(s.entries.at(-1)!.note).toBe("本类已扣至0分（扣完为止），本条不再扣分");
    expect(s.total).toBe(0);
  });

  it("puts a full-attendance member in the band their 50 earns until proposals are scored", () => {
    const s = scoreMember([], anqing2018);
    expect(s.total).toBe(50);
    expect(s.band.code).toBe("incompetent");
  });
});
