import { describe, expect, it } from "vitest";
import type { ConsultationState } from "./lifecycle";
import { publicTopicStatus, publicTopicStatusLabels, showsSessionTime } from "./publicStatus";

const session = (state: ConsultationState, more: { heldOn?: string; published?: boolean } = {}) => ({
  state,
  heldOn: more.heldOn ?? null,
  summaryPublishedAt: more.published ? new Date("2026-11-20T08:00:00Z") : null,
});

describe("publicTopicStatus", () => {
  it("follows the topic, then the deliberation it was put to", () => {
    const label = (...a: Parameters<typeof publicTopicStatus>) => publicTopicStatusLabels[publicTopicStatus(...a)];
    expect(label({ state: "pending" }, null)).toBe("待审核");
    expect(label({ state: "rejected" }, null)).toBe("未采纳");
    expect(label({ state: "accepted" }, null)).toBe("已采纳");
    expect(label({ state: "accepted" }, session("scheduled"))).toBe("已安排议事");
    expect(label({ state: "accepted" }, session("held", { heldOn: "2026-11-18" }))).toBe("已议事");
    expect(label({ state: "accepted" }, session("closed", { heldOn: "2026-11-18" }))).toBe("已议事");
    expect(label({ state: "accepted" }, session("held", { heldOn: "2026-11-18", published: true }))).toBe("已公示");
  });

  it("puts a topic whose deliberation was called off before meeting back to accepted, with no time shown", () => {
    expect(publicTopicStatus({ state: "accepted" }, session("cancelled"))).toBe("accepted");
    expect(publicTopicStatus({ state: "accepted" }, session("cancelled", { heldOn: "2026-11-18" }))).toBe("deliberated");
    expect(showsSessionTime("accepted")).toBe(false);
    expect(showsSessionTime("scheduled")).toBe(true);
  });
});
