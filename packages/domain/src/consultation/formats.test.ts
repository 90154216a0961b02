import { describe, expect, it } from "vitest";
import {
  allowsCity,
  consultationFormatCodes,
  consultationFormats,
  consultationLevels,
  isCityOnly,
  consultationLevelOf,
  participantGroupLabels,
} from "./formats";
import { venueKindLabels } from "./venue";

const all = Object.values(consultationFormats);

describe("consultation format catalogue", () => {
  it("has one entry per code, keyed by its own code", () => {
    expect(Object.keys(consultationFormats).sort()).toEqual([...consultationFormatCodes].sort());
    for (const [code, f] of Object.entries(consultationFormats)) expect(f.code).toBe(code);
  });

  it("names every format the documents list, in Chinese", () => {
    const names = all.map((f) => f.name);
    for (const n of ["全体会议", "常委会会议协商", "主席会议专题协商", "专题协商", "对口协商", "界别协商", "提案办理协商", "请你来协商", "立法前协商", "民生议事堂", "微协商", "协商驿站活动", "委员会客厅活动", "委员工作室活动"]) {
      expect(names).toContain(n);
    }
    expect(names.some((n) => n.includes("面对面"))).toBe(true);
    expect(names.some((n) => n.includes("网络议政"))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it("derives levels from the convenors, in canonical order", () => {
    for (const f of all) {
      expect(f.levels.length).toBeGreaterThan(0);
      expect([...f.levels]).toEqual(consultationLevels.filter((l) => l in f.convenor));
    }
    expect(consultationFormats.onlineDeliberation.levels).toEqual(["city", "township"]);
    expect(consultationFormats.microConsultation.levels).toEqual(["township", "village"]);
  });

  it("keeps the quorum rule to the bodies that meet as a whole", () => {
    const withQuorum = all.filter((f) => f.quorum).map((f) => f.code);
    expect(withQuorum.sort()).toEqual(["plenarySession", "standingCommitteeConsultation"]);
    expect(consultationFormats.plenarySession.quorum).toEqual({ of: "allMembers", rule: "moreThanHalf" });
    expect(consultationFormats.standingCommitteeConsultation.quorum).toEqual({ of: "standingMembers", rule: "moreThanHalf" });
  });

  it("expects the outcome the documents name", () => {
    expect(consultationFormats.standingCommitteeConsultation.expectedOutcome).toBe("recommendation");
    expect(consultationFormats.chairsMeetingConsultation.expectedOutcome).toBe("topicalReport");
    expect(consultationFormats.deliberation.expectedOutcome).toBe("none");
    expect(consultationFormats.counterpartConsultation.expectedOutcome).toBe("consultationReport");
  });

  it("ties requirements to participants: what a draft must name is someone who must take part", () => {
    for (const f of all) {
      if (f.requires.sectors) expect(f.participants.required).toContain("namedSectors");
      if (f.requires.handlingUnits) {
        expect(f.participants.required.some((g) => g === "handlingUnits" || g === "departmentRepresentatives")).toBe(true);
      }
      if (f.requires.linkedProposals) expect(f.participants.required).toContain("linkedProposers");
      for (const g of [...f.participants.required, ...f.participants.optional]) expect(participantGroupLabels[g]).toBeTruthy();
      expect(f.participants.required.filter((g) => f.participants.optional.includes(g))).toEqual([]);
    }
  });

  it("ties a venue's own activity to that venue kind", () => {
    expect(consultationFormats.receptionHallActivity.venue).toEqual({ kind: "receptionHall", required: true });
    expect(consultationFormats.memberStudioActivity.venue).toEqual({ kind: "memberStudio", required: true });
    expect(consultationFormats.consultationPostActivity.venue).toEqual({ kind: "consultationPost", required: true });
    for (const f of all) if (f.venue) expect(venueKindLabels[f.venue.kind]).toBeTruthy();
  });

  it("allows at least one mode and lets online deliberation be online", () => {
    for (const f of all) expect(f.modes.length).toBeGreaterThan(0);
    expect(consultationFormats.onlineDeliberation.modes).not.toContain("offline");
  });

  it("tells city-only formats from township ones", () => {
    expect(isCityOnly(consultationFormats.sectorConsultation)).toBe(true);
    expect(isCityOnly(consultationFormats.onlineDeliberation)).toBe(false);
    expect(allowsCity(consultationFormats.deliberation)).toBe(false);
    expect(consultationLevelOf(consultationFormats.onlineDeliberation, null)).toBe("city");
    expect(consultationLevelOf(consultationFormats.deliberation, "t")).toBe("township");
    expect(consultationLevelOf(consultationFormats.consultationPostActivity, "t")).toBe("village");
  });
});
