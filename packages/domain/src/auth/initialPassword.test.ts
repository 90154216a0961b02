import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialPassword, type RandomSource } from "./initialPassword";
import { passwordProblems, passwordRulesSchema } from "./passwordRules";

/** A seeded source, so a failing case can be replayed. */
function seeded(seed: number): RandomSource {
  let state = seed >>> 0 || 1;
  return (count) =>
    Uint32Array.from({ length: count }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state >>> 0;
    });
}

const webCrypto: RandomSource = (count) => crypto.getRandomValues(new Uint32Array(count));

describe("initialPassword", () => {
  it("passes every rule a council may set, for any username", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 64 }),
        fc.integer({ min: 1, max: 3 }),
        fc.string({ minLength: 2, maxLength: 20 }),
        fc.integer(),
        (minLength, minKinds, username, seed) => {
          const rules = passwordRulesSchema.parse({ minLength, minKinds });
          const password = initialPassword(rules, username, seeded(seed));
          expect(passwordProblems(rules, { password, username, previousPassword: "" })).toEqual([]);
          expect(password.length).toBe(Math.max(10, minLength));
        },
      ),
    );
  });

  it("has no characters people misread, and symbols only when the rule asks for three kinds", () => {
    for (let i = 0; i < 200; i++) {
      const two = initialPassword({ minLength: 8, minKinds: 2 }, "13800000000", webCrypto);
      expect(two).not.toMatch(/[0O1lI]/);
      expect(two).toMatch(/^[A-Za-z2-9]+$/);
      const three = initialPassword({ minLength: 8, minKinds: 3 }, "13800000000", webCrypto);
      expect(three).toMatch(/[#%+=?@]/);
    }
  });

  it("differs between draws (enough randomness for a handed-over secret)", () => {
    const drawn = new Set(Array.from({ length: 500 }, () => initialPassword({ minLength: 8, minKinds: 2 }, "u1", webCrypto)));
    expect(drawn.size).toBe(500);
  });

  it("gives up loudly on a source that cannot satisfy the rule instead of looping", () => {
    expect(() => initialPassword({ minLength: 8, minKinds: 2 }, "u1", (n) => new Uint32Array(n))).toThrow(/never produced/);
  });
});
