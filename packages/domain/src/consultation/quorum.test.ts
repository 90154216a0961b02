import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { QuorumRule } from "./formats";
import { meetsQuorum, quorumOf } from "./quorum";

const rule: QuorumRule = { of: "allMembers", rule: "moreThanHalf" };

describe("quorum", () => {
  it("needs more than half", () => {
    expect(quorumOf(rule, 300)).toBe(151);
    expect(quorumOf(rule, 301)).toBe(151);
    expect(quorumOf(rule, 1)).toBe(1);
    expect(meetsQuorum(rule, 40, 20)).toBe(false);
    expect(meetsQuorum(rule, 40, 21)).toBe(true);
  });

  it("is exactly 'present is more than half' for any body", () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), (eligible, present) => {
        expect(meetsQuorum(rule, eligible, present)).toBe(present * 2 > eligible);
      }),
    );
  });
});
