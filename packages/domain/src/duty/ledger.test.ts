import { describe, expect, it } from "vitest";
import { ledgerChanges } from "./ledger";

const participation = ["consultationAttendance", "consultationLeave", "consultationAbsence"];
const at = new Date("2026-03-01T01:00:00Z");

describe("ledgerChanges", () => {
  it("appends what is wanted when nothing is live", () => {
    expect(ledgerChanges([], [{ kind: "consultationAttendance", occurredAt: at }], participation)).toEqual({
      append: [{ kind: "consultationAttendance", occurredAt: at }],
      reverse: [],
    });
  });

  it("adds nothing when the wanted entry is already live (a repeated request)", () => {
    expect(ledgerChanges([{ id: "e1", kind: "consultationAttendance" }], [{ kind: "consultationAttendance" }], participation)).toEqual({
      append: [],
      reverse: [],
    });
  });

  it("reverses the old kind and appends the new one on a correction (absent → present)", () => {
    expect(ledgerChanges([{ id: "e1", kind: "consultationAbsence" }], [{ kind: "consultationAttendance" }], participation)).toEqual({
      append: [{ kind: "consultationAttendance" }],
      reverse: ["e1"],
    });
  });

  it("reverses everything it governs when nothing is wanted any more (a meeting cancelled before it took place)", () => {
    expect(ledgerChanges([{ id: "e1", kind: "consultationLeave" }], [], participation)).toEqual({ append: [], reverse: ["e1"] });
  });

  it("keeps one live entry per kind: a second live entry of a wanted kind is reversed", () => {
    const live = [
      { id: "e1", kind: "consultationAttendance" },
      { id: "e2", kind: "consultationAttendance" },
    ];
    expect(ledgerChanges(live, [{ kind: "consultationAttendance" }], participation)).toEqual({ append: [], reverse: ["e2"] });
  });

  it("asks for one entry per kind however often the kind is wanted", () => {
    expect(ledgerChanges([], [{ kind: "keyProposal" }, { kind: "keyProposal" }], ["keyProposal"]).append).toHaveLength(1);
  });

  it("leaves live entries of kinds it does not govern alone", () => {
    const live = [
      { id: "e1", kind: "proposalSubmitted" },
      { id: "e2", kind: "proposalFiledAsLead" },
    ];
    expect(ledgerChanges(live, [{ kind: "keyProposal" }], ["keyProposal"])).toEqual({ append: [{ kind: "keyProposal" }], reverse: [] });
  });

  it("refuses a wanted kind outside the kinds it governs, which would escape later corrections", () => {
    expect(() => ledgerChanges([], [{ kind: "keyProposal" }], participation)).toThrow(/governs/);
  });
});
