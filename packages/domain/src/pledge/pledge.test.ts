import { describe, expect, it } from "vitest";
import { checkPledge, pledgeableKinds, pledgeItemLabel, type PledgeItem } from "./pledge";

const items: PledgeItem[] = [
  { type: "count", kind: "proposalSubmitted", target: 1 },
  { type: "count", kind: "consultationAttendance", target: 3 },
  { type: "text", text: "联系走访界别群众不少于4次" },
];
const entries = [{ kind: "proposalSubmitted" }, { kind: "consultationAttendance" }, { kind: "consultationAttendance" }, { kind: "consultationSpeech" }];

describe("checkPledge", () => {
  it("counts each item's kind in the year's entries; a target not reached is in progress while the year goes on", () => {
    const check = checkPledge(items, entries, { yearOver: false });
    expect(check.items.map((i) => [i.status, i.count])).toEqual([
      ["met", 1],
      ["inProgress", 2],
      ["toJudge", null],
    ]);
    expect(check.counts).toEqual({ met: 1, notMet: 0, inProgress: 1, toJudge: 1 });
  });

  it("calls an unreached target not met once the year is over, and takes the office's judgement for free text", () => {
    const check = checkPledge(items, entries, { yearOver: true, judgements: { 2: { met: false, note: "仅走访2次" } } });
    expect(check.items.map((i) => i.status)).toEqual(["met", "notMet", "notMet"]);
    expect(check.items[2]!.judgement).toEqual({ met: false, note: "仅走访2次" });
  });

  it("meets a target exactly reached, and counts nothing for a kind the year does not hold", () => {
    const check = checkPledge([{ type: "count", kind: "consultationAttendance", target: 2 }, { type: "count", kind: "research", target: 1 }], entries, { yearOver: true });
    expect(check.items.map((i) => [i.status, i.count])).toEqual([
      ["met", 2],
      ["notMet", 0],
    ]);
  });
});

describe("pledge items", () => {
  it("read as the documents write them", () => {
    expect(pledgeItemLabel(items[0]!)).toBe("提交提案不少于 1 件");
    expect(pledgeItemLabel(items[1]!)).toBe("出席协商活动不少于 3 次");
    expect(pledgeItemLabel(items[2]!)).toBe("联系走访界别群众不少于4次");
  });

  it("offer what a member does, never an absence", () => {
    expect(pledgeableKinds).toContain("proposalSubmitted");
    expect(pledgeableKinds).not.toContain("consultationAbsence");
    expect(pledgeableKinds).not.toContain("plenaryLeave");
  });
});
