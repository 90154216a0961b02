import { describe, expect, it } from "vitest";
import { consultationRuleSetSchema, defaultConsultationRuleSet } from "./ruleSet";

describe("consultation rule set", () => {
  it("accepts the default", () => {
    expect(consultationRuleSetSchema.safeParse(defaultConsultationRuleSet).success).toBe(true);
    expect(defaultConsultationRuleSet.suggestionResultLabels.implemented).toBe("落实");
  });

  it("still reads a stored rule set that carries the retired suggestion category list", () => {
    const stored = { ...defaultConsultationRuleSet, suggestionCategories: [{ code: "livelihood", label: "社会民生" }] };
    const r = consultationRuleSetSchema.safeParse(stored);
    expect(r.success).toBe(true);
    expect(r.data).not.toHaveProperty("suggestionCategories");
  });

  it("reports every problem at its path", () => {
    const r = consultationRuleSetSchema.safeParse({
      ...defaultConsultationRuleSet,
      suggestionAnswerDays: 5,
      suggestionDueSoonDays: 5,
      checkInCodeSeconds: 5,
      checkInOpensMinutesBefore: 300,
    });
    const messages = r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "checkInCodeSeconds: 签到码有效期至少 15 秒",
      "checkInOpensMinutesBefore: 签到最多提前 240 分钟开放",
      "suggestionDueSoonDays: 临期提醒天数须少于答复期限",
    ]);
    const r2 = consultationRuleSetSchema.safeParse({
      ...defaultConsultationRuleSet,
      suggestionAnswerDays: 5,
      suggestionDueSoonDays: 5,
    });
    expect(r2.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "suggestionDueSoonDays: 临期提醒天数须少于答复期限",
    ]);
  });
});
