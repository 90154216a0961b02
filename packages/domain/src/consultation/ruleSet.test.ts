import { describe, expect, it } from "vitest";
import { consultationRuleSetSchema, defaultConsultationRuleSet } from "./ruleSet";

describe("consultation rule set", () => {
  it("accepts the default", () => {
    expect(consultationRuleSetSchema.safeParse(defaultConsultationRuleSet).success).toBe(true);
    expect(defaultConsultationRuleSet.suggestionResultLabels.implemented).toBe("落实");
  });

  it("reports every problem at its path", () => {
    const r = consultationRuleSetSchema.safeParse({
      ...defaultConsultationRuleSet,
      suggestionAnswerDays: 5,
      suggestionDueSoonDays: 5,
      checkInCodeSeconds: 5,
      checkInOpensMinutesBefore: 300,
      suggestionCategories: [
        { code: "other", label: "其他" },
        { code: "other", label: "又一个" },
      ],
    });
    const messages = r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "checkInCodeSeconds: 签到码有效期至少 15 秒",
      "checkInOpensMinutesBefore: 签到最多提前 240 分钟开放",
      "suggestionCategories.1.code: 代码 other 重复",
      "suggestionDueSoonDays: 临期提醒天数须少于答复期限",
    ]);
    const r2 = consultationRuleSetSchema.safeParse({
      ...defaultConsultationRuleSet,
      suggestionAnswerDays: 5,
      suggestionDueSoonDays: 5,
      suggestionCategories: [
        { code: "other", label: "其他" },
        { code: "other", label: "又一个" },
      ],
    });
    expect(r2.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "suggestionCategories.1.code: 代码 other 重复",
      "suggestionDueSoonDays: 临期提醒天数须少于答复期限",
    ]);
  });
});
