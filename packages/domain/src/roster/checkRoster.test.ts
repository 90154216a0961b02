import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRoster, type RosterCheckInput } from "./checkRoster";
import type { MemberRecord } from "./member";
import { openMemberships, type NewMembership } from "./membership";

const start = "2022-01-05";
const on = "2024-01-01";

const member = (id: string, over: Partial<MemberRecord> = {}): MemberRecord => ({
  id,
  termId: "t13",
  name: `委员${id}`,
  gender: "female",
  birthDate: "1975-03-01",
  ethnicity: "汉族",
  partyAffiliation: "none",
  employerAndTitle: "平湖市某单位职员",
  phone: `1390000${id.padStart(4, "0")}`,
  post: "member",
  status: "active",
  withdrawnOn: null,
  withdrawalReason: null,
  ...over,
});

const placed = (id: string): NewMembership[] => openMemberships(id, { sectorId: "s1", committeeIds: ["c1"], townshipGroupId: "g1" }, start);

function roster(members: MemberRecord[], memberships?: NewMembership[]): RosterCheckInput {
  return { termId: "t13", on, members, memberships: memberships ?? members.flatMap((m) => placed(m.id)) };
}

const valid = [member("1", { post: "chair", name: "张主席" }), member("2", { post: "secretaryGeneral" }), member("3"), member("4", { post: "standing" })];

describe("checkRoster", () => {
  it("finds nothing in a valid roster", () => {
    expect(checkRoster(roster(valid))).toEqual([]);
  });

  it("lists every violation instead of stopping at the first", () => {
    const members = [
      ...valid,
      member("5", { name: "无会", phone: "13900000001" }), // same phone as 1
      member("6", { name: "无组", phone: "123" }),
      member("7", { name: "二主席", post: "chair" }),
      member("8", { name: "双界", termId: "t12" }),
    ];
    const memberships = [
      ...["1", "2", "3", "4", "7"].flatMap(placed),
      ...placed("5").filter((r) => r.kind !== "committee"),
      ...placed("6").filter((r) => r.kind !== "townshipGroup"),
      ...placed("8"),
      { memberId: "8", kind: "sector", targetId: "s2", startDate: start, endDate: null } as const,
    ];
    const found = checkRoster(roster(members, memberships)).map((v) => [v.memberId, v.rule]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["5", "noCommittee"],
        ["6", "noTownshipGroup"],
        ["6", "invalidPhone"],
        ["8", "wrongTerm"],
        ["8", "multipleSectors"],
        ["1", "duplicatePhone"],
        ["5", "duplicatePhone"],
        ["1", "multipleChairs"],
        ["7", "multipleChairs"],
      ]),
    );
    expect(found).toHaveLength(9);
  });

  it("names who and what to do, in Chinese", () => {
    const members = [...valid, member("5", { name: "李四" })];
    const [v] = checkRoster(roster(members, [...valid.flatMap((m) => placed(m.id)), ...placed("5").filter((r) => r.kind !== "committee")]));
    expect(v).toEqual({ memberId: "5", rule: "noCommittee", message: "李四没有参加专委会，按全员入委要求请至少安排一个专委会" });
  });

  it("holds standing members to every member rule", () => {
    const memberships = [...["1", "2", "3"].flatMap(placed), ...placed("4").filter((r) => r.kind !== "sector")];
    expect(checkRoster(roster(valid, memberships))).toEqual([expect.objectContaining({ memberId: "4", rule: "noSector" })]);
  });

  it("reports a term without a chair", () => {
    expect(checkRoster(roster(valid.slice(1)))).toEqual([{ rule: "noChair", message: "本届尚未设置主席，请在委员中指定一位主席" }]);
  });

  it("uses the memberships current on the day, so a past committee does not count", () => {
    const memberships = [
      ...valid.slice(0, 3).flatMap((m) => placed(m.id)),
      ...placed("4").map((r) => (r.kind === "committee" ? { ...r, endDate: "2023-06-01" } : r)),
    ];
    expect(checkRoster(roster(valid, memberships)).map((v) => v.rule)).toEqual(["noCommittee"]);
    expect(checkRoster({ ...roster(valid, memberships), on: "2023-05-31" })).toEqual([]);
  });

  it("checks withdrawn members only for a complete, closed withdrawal", () => {
    const gone = member("9", { status: "withdrawn", withdrawnOn: "2023-03-01", withdrawalReason: "工作调动离开本市", phone: "13900000001" });
    const closed = placed("9").map((r) => ({ ...r, endDate: "2023-03-01" }));
    expect(checkRoster(roster([...valid, gone], [...valid.flatMap((m) => placed(m.id)), ...closed]))).toEqual([]);

    const open = checkRoster(roster([...valid, { ...gone, withdrawalReason: null }], [...valid.flatMap((m) => placed(m.id)), ...placed("9")]));
    expect(open.map((v) => v.rule)).toEqual(["withdrawalIncomplete", "openAfterWithdrawal"]);
  });

  it("does not count a member co-opted after the day", () => {
    const later = member("5", { name: "增补" });
    const memberships = [...valid.flatMap((m) => placed(m.id)), ...placed("5").map((r) => ({ ...r, startDate: "2024-06-01" }))];
    expect(checkRoster(roster([...valid, later], memberships))).toEqual([]);
    expect(checkRoster({ ...roster([...valid, later], memberships), on: "2024-06-01" })).toEqual([]);
  });

  it("flags a record whose end comes before its start", () => {
    const memberships = [...valid.flatMap((m) => placed(m.id)), { memberId: "3", kind: "committee", targetId: "c2", startDate: "2023-01-01", endDate: "2022-01-01" } as const];
    expect(checkRoster(roster(valid, memberships)).map((v) => v.rule)).toEqual(["invalidPeriod"]);
  });

  it("reports each member without a committee, however many there are", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (hasCommittee) => {
        const members = hasCommittee.map((_, i) => member(String(i + 1), { post: i === 0 ? "chair" : "member" }));
        const memberships = members.flatMap((m, i) => placed(m.id).filter((r) => hasCommittee[i] || r.kind !== "committee"));
        const missing = checkRoster(roster(members, memberships)).filter((v) => v.rule === "noCommittee");
        expect(missing.map((v) => v.memberId)).toEqual(members.filter((_, i) => !hasCommittee[i]).map((m) => m.id));
      }),
    );
  });
});
