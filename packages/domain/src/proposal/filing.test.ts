import { describe, expect, it } from "vitest";
import { zhejiangCityPreset } from "../ruleSet/presets";
import { filingChanges } from "./filing";
import { factsAt, stateIn } from "./testFixtures";
import { transition } from "./transition";

describe("filing with the category (立案时确定类别)", () => {
  it("records only what staff changed, before → after", () => {
    const p = { category: "urbanRural", isLivelihood: true } as const;
    expect(filingChanges(p, {})).toEqual({});
    expect(filingChanges(p, { category: "urbanRural", isLivelihood: true })).toEqual({});
    expect(filingChanges(p, { category: "health", isLivelihood: false })).toEqual({
      category: { before: "urbanRural", after: "health" },
      isLivelihood: { before: true, after: false },
    });
  });

  it("files with a category without spending a review round, and refuses one not in the list", () => {
    const admin = { role: "admin" } as const;
    const ok = transition(stateIn.underReview, { type: "file", number: "13-2-015", category: "health", isLivelihood: false }, admin, factsAt("2024-02-01T09:00:00"), zhejiangCityPreset);
    expect(ok.ok && ok.state.status).toBe("filed");
    expect(ok.ok && ok.state.returns).toBe(0);
    const bad = transition(
      stateIn.underReview,
      { type: "file", number: "13-2-015", category: "sports" as never },
      admin,
      factsAt("2024-02-01T09:00:00"),
      zhejiangCityPreset,
    );
    expect(bad).toEqual({ ok: false, refusals: [expect.objectContaining({ message: "请从提案类别中选择一项" })] });
  });
});
