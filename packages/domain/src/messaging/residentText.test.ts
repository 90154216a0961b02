import { describe, expect, it } from "vitest";
import { topicDecidedSmsParams } from "./residentText";

describe("topicDecidedSmsParams", () => {
  it("names the receipt and the decision", () => {
    expect(topicDecidedSmsParams({ councilName: "政协平湖市委员会", receiptNo: "Y20260401-0007", decision: "accept", reason: null })).toEqual({
      council: "政协平湖市委员会",
      receipt: "Y20260401-0007",
      result: "已被采纳，将公示并安排协商",
    });
  });
  it("gives the reason of a decline, cut to the provider's 35 characters", () => {
    const p = topicDecidedSmsParams({ councilName: "政协", receiptNo: "R1", decision: "reject", reason: "该事项已列入街道年度实事项目，正在实施".repeat(3) });
    expect(p.result!.startsWith("未予采纳，理由：该事项已列入")).toBe(true);
    expect(p.result).toHaveLength(35);
  });
});
