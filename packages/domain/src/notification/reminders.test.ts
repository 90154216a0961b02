import { describe, expect, it } from "vitest";
import { addDays } from "../calendar";
import { defaultReminderRules, reminderDue, reminderRulesSchema, reminderWindow } from "./reminders";

describe("deadline reminders", () => {
  const due = "2025-07-10";
  it("name the nearest reminder the days left have reached, and none once it is overdue", () => {
    const byDay = Array.from({ length: 12 }, (_, i) => addDays("2025-06-30", i)).map((d) => [d, reminderDue(due, d, defaultReminderRules)]);
    expect(Object.fromEntries(byDay)).toEqual({
      "2025-06-30": null,
      "2025-07-01": null,
      "2025-07-02": null,
      "2025-07-03": 7,
      "2025-07-04": 7,
      "2025-07-05": 7,
      "2025-07-06": 7,
      "2025-07-07": 7,
      "2025-07-08": 7,
      "2025-07-09": 1,
      "2025-07-10": 1,
      "2025-07-11": null,
    });
  });

  it("give each deadline at most one reminder per setting, whatever days the scan runs", () => {
    for (let skip = 1; skip <= 4; skip++) {
      const seen: number[] = [];
      for (let d = "2025-06-20"; d <= "2025-07-12"; d = addDays(d, skip)) {
        const r = reminderDue(due, d, { daysBefore: [1, 3, 7] });
        if (r !== null && !seen.includes(r)) seen.push(r);
      }
      // Never a reminder for a longer lead after a shorter one.
      expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    }
  });

  it("refuse repeated or impossible settings in Chinese", () => {
    expect(reminderRulesSchema.safeParse({ daysBefore: [7, 7] }).error?.issues[0]?.message).toBe("提醒天数不能重复");
    expect(reminderRulesSchema.safeParse({ daysBefore: [0] }).error?.issues[0]?.message).toBe("提醒天数至少为 1 天");
  });

  it("calls due soon what the farthest reminder covers, or only the last day without reminders", () => {
    expect(reminderWindow(defaultReminderRules)).toBe(7);
    expect(reminderWindow({ daysBefore: [3, 14] })).toBe(14);
    expect(reminderWindow({ daysBefore: [] })).toBe(0);
  });
});
