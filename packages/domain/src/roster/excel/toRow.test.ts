import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ethnicities } from "../ethnicity";
import { genders } from "../gender";
import { memberPosts } from "../member";
import type { RosterEntry } from "../memberInput";
import { partyAffiliations } from "../party";
import { parseRosterRow } from "./parseRow";
import { toRosterRow, toRosterSheet } from "./toRow";
import { phonesOf, validateRosterImport } from "./validateImport";
import { entry, goodRow, ids, lookups, names } from "./testFixtures";

const anEntry: fc.Arbitrary<RosterEntry> = fc.record({
  name: fc.string({ unit: fc.constantFrom(..."张王李赵单曾欧阳诸葛三丰建国秀英"), minLength: 2, maxLength: 6 }),
  gender: fc.constantFrom(...genders),
  birthDate: fc.integer({ min: 0, max: 30_000 }).map((n) => new Date(Date.UTC(1930, 0, 1 + n)).toISOString().slice(0, 10)),
  ethnicity: fc.constantFrom(...ethnicities),
  partyAffiliation: fc.constantFrom(...partyAffiliations),
  sectorId: fc.constantFrom(...ids.sectors),
  committeeIds: fc.shuffledSubarray(ids.committees, { minLength: 1 }),
  townshipGroupId: fc.constantFrom(...ids.townshipGroups),
  employerAndTitle: fc.string({ unit: fc.constantFrom(..."平湖市人民医院院长教育局科长公司董事"), minLength: 2, maxLength: 40 }),
  phone: fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => `1${a}${b}`),
  post: fc.constantFrom(...memberPosts),
});

describe("toRosterRow", () => {
  it("writes the headers' columns as the import reads them", () => {
    expect(toRosterRow(entry, names)).toEqual(goodRow);
  });

  it("round-trips: export then import gives the same member", () => {
    fc.assert(
      fc.property(anEntry, (e) => {
        expect(parseRosterRow(toRosterRow(e, names), 2, lookups)).toEqual({ ok: true, line: 2, entry: e });
      }),
    );
  });

  it("round-trips a whole sheet with nothing to write", () => {
    fc.assert(
      fc.property(fc.uniqueArray(anEntry, { selector: (e) => e.phone, minLength: 1, maxLength: 30 }), (entries) => {
        const r = validateRosterImport(toRosterSheet(entries, names), lookups, phonesOf(entries));
        expect(r).toEqual({ valid: [], unchanged: entries.map((_, i) => i + 2), errors: [] });
      }),
    );
  });
});
