import { describe, expect, it } from "vitest";
import { deliveryAllowed, notificationKindInfo, notificationKinds, notificationKindsFor } from "./kinds";

describe("notification kinds", () => {
  it("never default a mandatory kind to off, and never let it be switched off", () => {
    for (const kind of notificationKinds) {
      const info = notificationKindInfo[kind];
      expect(deliveryAllowed(kind, info.defaultDelivery)).toBe(true);
      expect(deliveryAllowed(kind, "off")).toBe(!info.mandatory);
    }
    expect(deliveryAllowed("deadline.overdue", "off")).toBe(false);
    expect(deliveryAllowed("proposal.filed", "off")).toBe(true);
  });

  it("name each kind once", () => {
    const labels = notificationKinds.map((k) => notificationKindInfo[k].label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("kinds by role", () => {
  it("give every role something, and members only what concerns them", () => {
    for (const role of ["admin", "liaison", "handler", "member"] as const) expect(notificationKindsFor(role).length).toBeGreaterThan(0);
    expect(notificationKindsFor("member")).toContain("proposal.replied");
    expect(notificationKindsFor("member")).not.toContain("proposal.assigned");
  });
});
