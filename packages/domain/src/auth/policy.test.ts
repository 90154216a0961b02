import { describe, expect, it } from "vitest";
import { actions, can, policy, type Action, type Actor } from "./policy";
import { canUseApp, roles } from "./role";
import { ownWorkActions as ownHomes } from "../home/policy";
import { ownPledgeActions } from "../pledge/policy";

const ownWorkActions: readonly Action[] = [...ownHomes, ...ownPledgeActions];

const council = "c1";
const actor = (a: Partial<Actor> & Pick<Actor, "role">): Actor => ({ councilId: council, ...a });

describe("policy", () => {
  it("names only known actions", () => {
    for (const role of roles) for (const a of Object.keys(policy[role])) expect(actions).toContain(a);
  });

  it("gives admin every action (but the other roles' own homes, and a member's own pledge and report) across its own council and nothing in another", () => {
    const admin = actor({ role: "admin" });
    for (const a of actions.filter((x) => !(ownWorkActions as readonly string[]).includes(x))) {
      expect(can(admin, a, { councilId: council })).toBe(true);
      expect(can(admin, a, { councilId: "other" })).toBe(false);
    }
  });

  it("keeps the liaison's and the member's homes their own", () => {
    for (const a of ownWorkActions) expect(can(actor({ role: "admin" }), a)).toBe(false);
    expect(can(actor({ role: "liaison", townshipId: "t1" }), "home.liaison")).toBe(true);
    expect(can(actor({ role: "member", memberId: "m1" }), "home.member")).toBe(true);
  });

  it("limits a liaison to its own township", () => {
    const liaison = actor({ role: "liaison", townshipId: "t1" });
    expect(can(liaison, "roster.read", { councilId: council, townshipId: "t1" })).toBe(true);
    expect(can(liaison, "roster.read", { councilId: council, townshipId: "t2" })).toBe(false);
    expect(can(actor({ role: "liaison", townshipId: null }), "roster.read", { councilId: council, townshipId: "t1" })).toBe(false);
    expect(can(liaison, "roster.manage")).toBe(false);
  });

  it("limits a member to self", () => {
    const member = actor({ role: "member", memberId: "m1" });
    expect(can(member, "roster.read", { councilId: council, memberId: "m1" })).toBe(true);
    expect(can(member, "roster.read", { councilId: council, memberId: "m2" })).toBe(false);
    expect(can(member, "account.manage")).toBe(false);
  });

  it("keeps staff-only actions from everyone but admin", () => {
    for (const role of roles.filter((r) => r !== "admin")) {
      expect(can(actor({ role }), "account.manage")).toBe(false);
      expect(can(actor({ role }), "auditLog.read")).toBe(false);
    }
  });

  it("maps roles to apps", () => {
    expect(canUseApp("admin", "admin")).toBe(true);
    expect(canUseApp("admin", "handler")).toBe(true);
    expect(canUseApp("admin", "member")).toBe(false);
    expect(canUseApp("portal", "member")).toBe(true);
    expect(canUseApp("liaison", "admin")).toBe(false);
  });
});
