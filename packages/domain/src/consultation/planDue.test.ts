import { describe, expect, it } from "vitest";
import { planItemProgress } from "./plan";
import { planItemAwaitingSchedule } from "./planDue";

describe("plan items awaiting a date", () => {
  it("counts an item whose quarter has come with no consultation, or one not yet scheduled", () => {
    const progress = planItemProgress(2024, 2, { consultationState: null }, "2024-04-01");
    expect(progress).toBe("due");
    expect(planItemAwaitingSchedule(progress, null)).toBe(true);
    expect(planItemAwaitingSchedule(planItemProgress(2024, 2, { consultationState: "planned" }, "2024-07-02"), "planned")).toBe(true);
    expect(planItemAwaitingSchedule(planItemProgress(2024, 2, { consultationState: "draft" }, "2024-05-02"), "draft")).toBe(true);
  });

  it("leaves out items not yet begun, already given a day, held or cancelled", () => {
    expect(planItemAwaitingSchedule(planItemProgress(2024, 2, { consultationState: null }, "2024-03-31"), null)).toBe(false);
    expect(planItemAwaitingSchedule(planItemProgress(2024, 2, { consultationState: "scheduled" }, "2024-05-02"), "scheduled")).toBe(false);
    expect(planItemAwaitingSchedule(planItemProgress(2024, 2, { consultationState: "held", heldOn: "2024-05-01" }, "2024-05-02"), "held")).toBe(false);
    expect(planItemAwaitingSchedule(planItemProgress(2024, 2, { consultationState: "cancelled" }, "2024-05-02"), "cancelled")).toBe(false);
  });
});
