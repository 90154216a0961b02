import { describe, expect, it } from "vitest";
import { uid } from "./testIds";
import { venueInput, venueKinds, venueProblems, type VenueInput } from "./venue";

const defaultStars = { min: 3, max: 5 };
const venue = (over: Partial<VenueInput>): VenueInput => venueInput.parse({ kind: "deliberationHall", name: "当湖街道民生议事堂", townshipId: uid(1), ...over });
const codes = (v: VenueInput, stars = defaultStars) => venueProblems(v, stars).map((p) => p.code);

describe("venues", () => {
  it("has the four kinds of standing venue", () => {
    expect(venueKinds).toEqual(["deliberationHall", "receptionHall", "memberStudio", "consultationPost"]);
  });

  it("keeps township venues in a township; a reception hall may be city-wide", () => {
    for (const kind of ["deliberationHall", "memberStudio", "consultationPost"] as const) {
      expect(codes(venue({ kind, townshipId: null }))).toEqual(["townshipRequired"]);
    }
    expect(codes(venue({ kind: "receptionHall", townshipId: null, stars: 4 }))).toEqual([]);
  });

  it("rates reception halls within the council's range (3–5 by default, 1–5 at most)", () => {
    expect(codes(venue({ kind: "receptionHall" }))).toEqual(["starsRequired"]);
    expect(codes(venue({ kind: "receptionHall", stars: 2 }))).toEqual(["starsOutOfRange"]);
    expect(venueProblems(venue({ kind: "receptionHall", stars: 2 }), defaultStars)[0]!.message).toBe("委员会客厅星级须在 3 至 5 星之间");
    expect(codes(venue({ kind: "receptionHall", stars: 2 }), { min: 1, max: 5 })).toEqual([]);
    expect(venueInput.safeParse({ kind: "receptionHall", name: "健心会客厅", stars: 6 }).success).toBe(false);
    expect(codes(venue({ kind: "memberStudio", stars: 3 }))).toEqual(["starsNotRated"]);
  });

  it("explains a bad kind in Chinese", () => {
    expect(venueInput.safeParse({ kind: "hall", name: "某某" }).error?.issues[0]?.message).toBe("请选择阵地类型：民生议事堂、委员会客厅、委员工作室或协商驿站");
  });
});
