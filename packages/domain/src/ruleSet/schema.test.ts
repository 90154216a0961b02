import { describe, expect, it } from "vitest";
import { ruleSetPresets } from "./presets";
import { ruleSetSchema } from "./schema";

describe("rule set", () => {
  it("accepts every shipped preset", () => {
    for (const preset of Object.values(ruleSetPresets)) expect(ruleSetSchema.safeParse(preset).success).toBe(true);
  });

  it("reports every problem of a bad document at its path", () => {
    const bad = {
      ...ruleSetPresets.zhejiangCity,
      adoptionLevels: [
        { code: "city", label: "市" },
        { code: "city", label: "又一个市" },
      ],
      receptionHallStars: { min: 5, max: 3 },
    };
    const r = ruleSetSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("adoptionLevels.1.code: 代码 city 重复");
    expect(messages).toContain("receptionHallStars: 最低星级不能高于最高星级");
  });

  it("refuses an unknown schema version", () => {
    expect(ruleSetSchema.safeParse({ ...ruleSetPresets.zhejiangCity, schemaVersion: 2 }).success).toBe(false);
  });
});
