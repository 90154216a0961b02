import { describe, expect, it } from "vitest";
import { bySoonest } from "./memberHome";

describe("bySoonest", () => {
  it("puts the earliest day and hour first and undated meetings last", () => {
    const meetings = [
      { id: "c", plannedDate: null, startTime: null },
      { id: "b", plannedDate: "2026-05-02", startTime: "09:00" },
      { id: "a2", plannedDate: "2026-05-01", startTime: "14:30" },
      { id: "a1", plannedDate: "2026-05-01", startTime: "09:00" },
      { id: "a3", plannedDate: "2026-05-01", startTime: null },
    ];
    expect([...meetings].sort(bySoonest).map((m) => m.id)).toEqual(["a1", "a2", "a3", "b", "c"]);
  });
});
