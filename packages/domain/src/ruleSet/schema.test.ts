import { describe, expect, it } from "vitest";
import { fourCategoryCityPreset, ruleSetPresets, zhejiangCityPreset } from "./presets";
import { ruleSetSchema } from "./schema";

const issuesOf = (doc: unknown) => {
  const r = ruleSetSchema.safeParse(doc);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("rule set", () => {
  it("accepts every shipped preset", () => {
    for (const preset of Object.values(ruleSetPresets)) expect(ruleSetSchema.safeParse(preset).success).toBe(true);
  });

  it("reports every problem of a bad document at its path", () => {
    const messages = issuesOf({
      ...ruleSetPresets.zhejiangCity,
      adoptionLevels: [
        { code: "city", label: "市" },
        { code: "city", label: "又一个市" },
      ],
      receptionHallStars: { min: 5, max: 3 },
    });
    expect(messages).toContain("adoptionLevels.1.code: 代码 city 重复");
    expect(messages).toContain("receptionHallStars: 最低星级不能高于最高星级");
  });

  it("reads a document stored before reminders existed with the default reminders", () => {
    const { reminders: _omitted, ...stored } = ruleSetSchema.parse(zhejiangCityPreset);
    expect(ruleSetSchema.parse(stored).reminders).toEqual({ daysBefore: [7, 1] });
  });

  it("refuses an unknown schema version", () => {
    expect(ruleSetSchema.safeParse({ ...ruleSetPresets.zhejiangCity, schemaVersion: 2 }).success).toBe(false);
  });

  it("requires the proposal section", () => {
    const { proposal: _omitted, ...withoutProposal } = zhejiangCityPreset;
    expect(ruleSetSchema.safeParse(withoutProposal).success).toBe(false);
  });

  it("reports proposal-section problems at their paths, in Chinese", () => {
    const p = zhejiangCityPreset.proposal;
    const messages = issuesOf({
      ...zhejiangCityPreset,
      proposal: {
        ...p,
        replyCategories: [
          { code: "A", label: "已解决", resolved: true },
          { code: "A", label: "又一个 A", resolved: false },
          { code: "b", label: "小写", resolved: false },
        ],
        deadlines: { ...p.deadlines, handlingMonths: 0, returnDays: 1.5 },
        satisfaction: { scale: p.satisfaction.scale.map((l) => ({ ...l, satisfied: true })), dimensions: [] },
        notFiledGrounds: [],
        maxReviewRounds: 9,
      },
    });
    expect(messages).toContain("proposal.replyCategories.1.code: 代码 A 重复");
    expect(messages).toContain("proposal.replyCategories.2.code: 答复类别代码须为一个大写字母，如 A");
    expect(messages).toContain("proposal.deadlines.handlingMonths: 办理期限至少 1 个月");
    expect(messages).toContain("proposal.deadlines.returnDays: 退回期限须为整数");
    expect(messages).toContain("proposal.satisfaction.scale: 满意度等级须既有计为满意的，也有计为不满意的");
    expect(messages).toContain("proposal.notFiledGrounds: 至少需要一条不予立案的理由");
    expect(messages).toContain("proposal.maxReviewRounds: 审查轮次不能超过 5 轮");
  });

  it("ships two presets that really differ in their proposal rules", () => {
    const [zj, four] = [zhejiangCityPreset.proposal, fourCategoryCityPreset.proposal];
    expect(zj.replyCategories.map((c) => c.code)).toEqual(["A", "B", "C"]);
    expect(four.replyCategories.map((c) => c.code)).toEqual(["A", "B", "C", "D"]);
    expect(zj.deadlines).not.toEqual(four.deadlines);
    expect(zj.maxReviewRounds).toBe(3);
    expect(four.maxReviewRounds).not.toBe(3);
  });
});
