import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatProposalNumber, nextSerial, parseProposalNumber } from "./number";

describe("proposal number", () => {
  it("prints term–session–serial with a three-digit serial", () => {
    expect(formatProposalNumber({ term: 13, session: 2, serial: 15 })).toBe("13-2-015");
    expect(formatProposalNumber({ term: 9, session: 1, serial: 1005 })).toBe("9-1-1005");
  });

  it("reads what it prints, and nothing else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99999 }), (term, session, serial) => {
        expect(parseProposalNumber(formatProposalNumber({ term, session, serial }))).toEqual({ term, session, serial });
      }),
    );
    for (const bad of ["13-2-15", "13-2-000", "0-2-015", "13-0-015", "13/2/015", "13-2-015-1", ""]) expect(parseProposalNumber(bad)).toBeNull();
  });

  it("continues after the highest serial ever handed out", () => {
    expect(nextSerial(null)).toBe(1);
    expect(nextSerial(14)).toBe(15);
  });
});
