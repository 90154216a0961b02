import { describe, expect, it } from "vitest";
import { ethnicities, normaliseEthnicity } from "./ethnicity";
import { parsePartyAffiliation, partyAffiliationLabels, partyAffiliations } from "./party";

describe("party affiliation", () => {
  it("reads every label back to its code", () => {
    for (const code of partyAffiliations) expect(parsePartyAffiliation(partyAffiliationLabels[code])).toBe(code);
  });

  it("reads the ways offices write it", () => {
    expect(parsePartyAffiliation("中共党员")).toBe("cpc");
    expect(parsePartyAffiliation(" 九三 ")).toBe("jiusan");
    expect(parsePartyAffiliation("无党派")).toBe("nonParty");
    expect(parsePartyAffiliation("群众")).toBe("none");
    expect(parsePartyAffiliation("绿党")).toBeNull();
  });
});

describe("ethnicity", () => {
  it("knows the 56 groups", () => {
    expect(new Set(ethnicities).size).toBe(56);
  });

  it("accepts the name with or without 族", () => {
    expect(normaliseEthnicity("汉")).toBe("汉族");
    expect(normaliseEthnicity("畲族")).toBe("畲族");
    expect(normaliseEthnicity("火星族")).toBeNull();
  });
});
