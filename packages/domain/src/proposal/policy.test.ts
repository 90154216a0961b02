import { describe, expect, it } from "vitest";
import { can, type Actor } from "../auth/policy";
import { roles } from "../auth/role";
import { proposalActions, proposalGrants } from "./policy";

const council = "c1";

describe("proposal policy", () => {
  it("grants only this area's actions", () => {
    for (const role of roles) for (const a of Object.keys(proposalGrants[role])) expect(proposalActions).toContain(a);
  });

  it("keeps review and assignment with staff", () => {
    for (const role of roles.filter((r) => r !== "admin")) {
      expect(can({ role, councilId: council }, "proposal.review")).toBe(false);
      expect(can({ role, councilId: council }, "proposal.assign")).toBe(false);
    }
  });

  it("scopes each role to its own proposals", () => {
    const member: Actor = { role: "member", councilId: council, memberId: "m1" };
    expect(can(member, "proposal.write", { councilId: council, memberId: "m1" })).toBe(true);
    expect(can(member, "proposal.write", { councilId: council, memberId: "m2" })).toBe(false);
    expect(can(member, "proposal.handle")).toBe(false);
    const handler: Actor = { role: "handler", councilId: council, handlingUnitId: "u1" };
    expect(can(handler, "proposal.handle", { councilId: council, handlingUnitId: "u1" })).toBe(true);
    expect(can(handler, "proposal.handle", { councilId: council, handlingUnitId: "u2" })).toBe(false);
    expect(can(handler, "proposal.evaluate")).toBe(false);
    const liaison: Actor = { role: "liaison", councilId: council, townshipId: "t1" };
    expect(can(liaison, "proposal.read", { councilId: council, townshipId: "t1" })).toBe(true);
    expect(can(liaison, "proposal.write")).toBe(false);
  });
});
