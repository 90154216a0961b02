import { describe, expect, it } from "vitest";
import { councilScope, singleCouncil } from "./scope";

const tree = [
  { id: "province", parentId: "national" },
  { id: "city", parentId: "province" },
  { id: "county-a", parentId: "city" },
  { id: "county-b", parentId: "city" },
  { id: "other-city", parentId: "province" },
  { id: "other-county", parentId: "other-city" },
];

describe("councilScope", () => {
  it("gives an upper-level office its council and every council below it", () => {
    expect(councilScope("city", "admin", tree).councilIds.sort()).toEqual(["city", "county-a", "county-b"]);
    expect(councilScope("province", "admin", tree).councilIds.sort()).toEqual(
      ["city", "county-a", "county-b", "other-city", "other-county", "province"].sort(),
    );
  });

  it("keeps a county office, which has nothing below, to its own council", () => {
    expect(councilScope("county-a", "admin", tree)).toEqual({ councilId: "county-a", councilIds: ["county-a"] });
  });

  it("keeps liaisons, units and members to their own council whatever lies below", () => {
    for (const role of ["liaison", "handler", "member"] as const) {
      expect(councilScope("city", role, tree)).toEqual(singleCouncil("city"));
    }
  });

  it("ends on a parent loop in bad data", () => {
    const loop = [
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
    ];
    expect(councilScope("a", "admin", loop).councilIds.sort()).toEqual(["a", "b"]);
  });
});
