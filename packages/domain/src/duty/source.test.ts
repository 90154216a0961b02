import { describe, expect, it } from "vitest";
import { dutySourceScreen } from "./source";

describe("where a point leads back to", () => {
  it("shows speeches and suggestions on their consultation, and knows no screen for an unknown source", () => {
    expect(dutySourceScreen("proposal")).toBe("proposal");
    expect(dutySourceScreen("consultation_speech")).toBe("consultation");
    expect(dutySourceScreen("consultation_suggestion")).toBe("consultation");
    expect(dutySourceScreen("duty_manual_entry")).toBe("manual");
    expect(dutySourceScreen("plenary")).toBeNull();
  });
});
