import { describe, expect, it } from "vitest";
import { pairSectorGroup, pairedSectorIds, pairedTownshipGroupIds } from "./pairing";

const pairings = [
  { sectorId: "s1", townshipGroupId: "g1" },
  { sectorId: "s2", townshipGroupId: "g1" },
  { sectorId: "s1", townshipGroupId: "g2" },
];

describe("pairing", () => {
  it("lists both sides of a pairing", () => {
    expect(pairedSectorIds(pairings, "g1")).toEqual(["s1", "s2"]);
    expect(pairedTownshipGroupIds(pairings, "s1")).toEqual(["g1", "g2"]);
    expect(pairedSectorIds(pairings, "g9")).toEqual([]);
  });

  it("pairs a whole activity group without duplicating existing pairs", () => {
    expect(pairSectorGroup(pairings, ["s1", "s3"], "g2")).toEqual([{ sectorId: "s3", townshipGroupId: "g2" }]);
  });
});
