import { describe, expect, it } from "vitest";
import { can } from "../auth/policy";
import type { Member } from "./member";
import { toDirectoryEntry, visiblePhone } from "./privacy";

const m = { id: "m1", phone: "13812341234" };

describe("phone privacy", () => {
  it("shows the full number to the office and to the member themself only", () => {
    expect(visiblePhone({ role: "admin" }, m)).toBe("13812341234");
    expect(visiblePhone({ role: "member", memberId: "m1" }, m)).toBe("13812341234");
    expect(visiblePhone({ role: "member", memberId: "m2" }, m)).toBe("138****1234");
    expect(visiblePhone({ role: "liaison" }, m)).toBe("138****1234");
    expect(visiblePhone({ role: "handler" }, m)).toBe("138****1234");
  });

  it("leaves birth date and ethnicity out of the directory", () => {
    const member: Member = {
      id: "m1",
      termId: "t",
      name: "张三",
      gender: "male",
      birthDate: "1975-03-01",
      ethnicity: "汉族",
      partyAffiliation: "cpc",
      employerAndTitle: "某单位",
      phone: "13812341234",
      post: "member",
      status: "active",
      withdrawnOn: null,
      withdrawalReason: null,
      sectorId: "s",
      committeeIds: ["c"],
      townshipGroupId: "g",
    };
    const entry = toDirectoryEntry({ role: "member", memberId: "m2" }, member);
    expect(entry).not.toHaveProperty("birthDate");
    expect(entry).not.toHaveProperty("ethnicity");
    expect(entry.phone).toBe("138****1234");
  });
});

describe("roster policy", () => {
  const council = "c1";
  it("lets a member change their own phone and read the directory, not someone else's phone", () => {
    const member = { role: "member", councilId: council, memberId: "m1" } as const;
    expect(can(member, "roster.updateOwnPhone", { councilId: council, memberId: "m1" })).toBe(true);
    expect(can(member, "roster.updateOwnPhone", { councilId: council, memberId: "m2" })).toBe(false);
    expect(can(member, "roster.directory", { councilId: council })).toBe(true);
    expect(can(member, "roster.manage")).toBe(false);
  });

  it("keeps liaison officers to their township and out of the directory and management", () => {
    const liaison = { role: "liaison", councilId: council, townshipId: "t1" } as const;
    expect(can(liaison, "roster.read", { councilId: council, townshipId: "t1" })).toBe(true);
    expect(can(liaison, "roster.directory")).toBe(false);
    expect(can(liaison, "roster.updateOwnPhone")).toBe(false);
  });
});
