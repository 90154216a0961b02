import {
  checkRoster,
  isMobilePhone,
  isStanding,
  pinyinInitials,
  rosterEntry,
  rosterLookups,
  rosterNames,
  sectorGroupLabel,
  sectorGroupProblems,
  sessionProblems,
  toRosterSheet,
  validateRosterImport,
  phonesOf,
  type MemberRecord,
  type RosterEntry,
} from "@cppcc/domain";
import { describe, expect, it } from "vitest";
import { demoCity } from "./index";

const city = demoCity();
const active = city.members.filter((m) => m.status === "active");

describe("demo city", () => {
  it("is the same on every call", () => {
    expect(demoCity()).toEqual(city);
    expect(JSON.stringify(demoCity())).toBe(JSON.stringify(city));
  });

  it("has the size of a county-level council", () => {
    expect(city.term).toMatchObject({ number: 13, startDate: "2022-01-05" });
    expect(city.sessions).toHaveLength(5);
    expect(city.sectors).toHaveLength(25);
    expect(city.committees).toHaveLength(9);
    expect(city.townships).toHaveLength(9);
    expect(city.townshipGroups).toHaveLength(9);
    expect(city.handlingUnits.length).toBeGreaterThanOrEqual(30);
    expect(city.participatingUnits.filter((u) => u.kind === "party")).toHaveLength(9);
    expect(city.participatingUnits.filter((u) => u.kind === "peopleOrganisation").length).toBeGreaterThanOrEqual(7);
    expect(active).toHaveLength(300);
  });

  it("has one chair, several vice-chairs, one secretary-general and about 40 standing members", () => {
    const count = (post: string) => active.filter((m) => m.post === post).length;
    expect(count("chair")).toBe(1);
    expect(count("viceChair")).toBe(5);
    expect(count("secretaryGeneral")).toBe(1);
    expect(active.filter((m) => isStanding(m.post))).toHaveLength(40);
  });

  it("keeps codes unique and every reference resolvable", () => {
    const unique = (codes: string[]) => expect(new Set(codes).size).toBe(codes.length);
    for (const list of [city.sessions, city.sectors, city.committees, city.townships, city.townshipGroups, city.participatingUnits, city.handlingUnits, city.members]) {
      unique(list.map((x) => x.code));
    }
    unique(city.members.map((m) => m.name));
    const codes = {
      sector: new Set(city.sectors.map((s) => s.code)),
      committee: new Set(city.committees.map((c) => c.code)),
      townshipGroup: new Set(city.townshipGroups.map((g) => g.code)),
    };
    const members = new Set(city.members.map((m) => m.code));
    for (const r of city.memberships) {
      expect(members.has(r.memberCode)).toBe(true);
      expect(codes[r.kind].has(r.targetCode)).toBe(true);
    }
    const townships = new Set(city.townships.map((t) => t.code));
    for (const g of city.townshipGroups) expect(townships.has(g.townshipCode)).toBe(true);
    for (const p of city.sectorPairings) {
      expect(codes.sector.has(p.sectorCode)).toBe(true);
      expect(codes.townshipGroup.has(p.townshipGroupCode)).toBe(true);
    }
  });

  it("is a roster the domain rules accept: checkRoster finds no violation", () => {
    const records: MemberRecord[] = city.members.map(({ code, termCode, sectorCode: _s, committeeCodes: _c, townshipGroupCode: _g, ...m }) => ({ ...m, id: code, termId: termCode }));
    const memberships = city.memberships.map((r) => ({ memberId: r.memberCode, kind: r.kind, targetId: r.targetCode, startDate: r.startDate, endDate: r.endDate }));
    for (const on of ["2022-01-05", "2023-06-01", "2024-12-31", "2026-06-01"]) {
      expect(checkRoster({ termId: city.term.code, on, members: records, memberships })).toEqual([]);
    }
  });

  it("keeps history: moved and withdrawn members have closed rows, replacements start later", () => {
    const withdrawn = city.members.filter((m) => m.status === "withdrawn");
    expect(withdrawn).toHaveLength(2);
    for (const m of withdrawn) {
      expect(m.withdrawalReason).toBeTruthy();
      const rows = city.memberships.filter((r) => r.memberCode === m.code);
      expect(rows.every((r) => r.endDate !== null && r.endDate <= m.withdrawnOn!)).toBe(true);
    }
    expect(city.memberships.filter((r) => r.kind === "committee" && r.endDate === "2023-06-01").length).toBeGreaterThan(0);
    expect(city.memberships.some((r) => r.startDate > city.term.startDate)).toBe(true);
  });

  it("has valid unique phones, sessions within the term, and consistent sector groups", () => {
    expect(city.members.every((m) => isMobilePhone(m.phone))).toBe(true);
    expect(new Set(city.members.map((m) => m.phone)).size).toBe(city.members.length);
    expect(sessionProblems(city.term, city.sessions)).toEqual([]);
    expect(sectorGroupProblems(city.sectors)).toEqual([]);
    expect(sectorGroupLabel(city.sectors.find((s) => s.name === "社会福利和社会保障界")!)).toBe("第十三界别活动组（社会福利和社会保障）");
    expect(city.members.some((m) => m.name.startsWith("单") && pinyinInitials(m.name).startsWith("s"))).toBe(true);
  });

  it("passes the member schema, and its Excel export imports back unchanged", () => {
    // Codes stand in for the uuids the database will give, made uuid-shaped for the schema.
    const allCodes = [...city.sectors, ...city.committees, ...city.townshipGroups].map((x) => x.code);
    const uuidOf = new Map(allCodes.map((code, i) => [code, `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`]));
    const id = (code: string) => uuidOf.get(code)!;
    const entries: RosterEntry[] = active.map((m) =>
      rosterEntry.parse({
        name: m.name,
        gender: m.gender,
        birthDate: m.birthDate,
        ethnicity: m.ethnicity,
        partyAffiliation: m.partyAffiliation,
        sectorId: id(m.sectorCode),
        committeeIds: m.committeeCodes.map(id),
        townshipGroupId: id(m.townshipGroupCode),
        employerAndTitle: m.employerAndTitle,
        phone: m.phone,
        post: m.post,
      }),
    );
    const lists = {
      sectors: city.sectors.map((s) => ({ id: id(s.code), name: s.name })),
      committees: city.committees.map((c) => ({ id: id(c.code), name: c.name })),
      townshipGroups: city.townshipGroups.map((g) => ({ id: id(g.code), name: g.name })),
    };
    const result = validateRosterImport(toRosterSheet(entries, rosterNames(lists)), rosterLookups(lists), phonesOf(entries));
    expect(result.errors).toEqual([]);
    expect(result.unchanged).toHaveLength(300);
  });
});
