import { describe, expect, it } from "vitest";
import { followUpDue, keyProposalInput, type KeyProposal } from "./keyProposal";
import { at } from "./testFixtures";

const key: KeyProposal = { sponsorName: "张三", sponsorTitle: "副市长", followUpOn: "2024-11-30", markedOn: "2024-02-02" };

describe("key proposals (重点提案)", () => {
  it("needs a sponsoring leader and a well-formed follow-up day", () => {
    expect(keyProposalInput.safeParse({ sponsorName: "", sponsorTitle: "副市长", followUpOn: null }).error?.issues[0]?.message).toBe("请填写领办领导姓名");
    expect(keyProposalInput.safeParse({ sponsorName: "张三", sponsorTitle: "副市长", followUpOn: "2024/11/30" }).error?.issues[0]?.message).toBe(
      "回头看日期格式应为 YYYY-MM-DD",
    );
  });

  it("is due for follow-up from its day (Shanghai) until held", () => {
    expect(followUpDue(key, at("2024-11-29T23:59:00"), null)).toBe(false);
    expect(followUpDue(key, at("2024-11-30T00:00:00"), null)).toBe(true);
    expect(followUpDue(key, at("2024-12-05T00:00:00"), "2024-12-01")).toBe(false);
    expect(followUpDue({ ...key, followUpOn: null }, at("2030-01-01T00:00:00"), null)).toBe(false);
  });
});
