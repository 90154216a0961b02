import { describe, expect, it } from "vitest";
import { can, type Actor } from "../auth/policy";
import { roles } from "../auth/role";
import { consultationActions, consultationGrants } from "./policy";

const council = "c1";
const actor = (a: Partial<Actor> & Pick<Actor, "role">): Actor => ({ councilId: council, ...a });

describe("consultation policy", () => {
  it("grants only its own actions", () => {
    for (const role of roles) for (const a of Object.keys(consultationGrants[role])) expect(consultationActions).toContain(a);
  });

  it("gives the admin every action across the council", () => {
    for (const a of consultationActions) expect(consultationGrants.admin[a]).toBe("council");
  });

  it("lets a liaison run its own township's deliberations and nothing at city level", () => {
    const liaison = actor({ role: "liaison", townshipId: "t1" });
    for (const a of ["consultation.manage", "suggestion.route", "suggestion.close", "residentTopic.moderate", "venue.manage"] as const) {
      expect(can(liaison, a, { councilId: council, townshipId: "t1" })).toBe(true);
      expect(can(liaison, a, { councilId: council, townshipId: "t2" })).toBe(false);
      expect(can(liaison, a, { councilId: council, townshipId: null })).toBe(false);
    }
    expect(can(liaison, "consultationPlan.manage")).toBe(false);
    expect(can(liaison, "suggestion.answer")).toBe(false);
    expect(can(liaison, "checkIn.scan")).toBe(false);
  });

  it("lets a handler read and answer only what was routed to its unit", () => {
    const handler = actor({ role: "handler", handlingUnitId: "u1" });
    expect(can(handler, "suggestion.answer", { councilId: council, handlingUnitId: "u1" })).toBe(true);
    expect(can(handler, "suggestion.answer", { councilId: council, handlingUnitId: "u2" })).toBe(false);
    expect(can(handler, "suggestion.close")).toBe(false);
    expect(can(handler, "consultation.read")).toBe(false);
  });

  it("keeps a member to its own invitations, check-ins and suggestions", () => {
    const member = actor({ role: "member", memberId: "m1" });
    for (const a of ["invitation.reply", "checkIn.scan", "suggestion.submit"] as const) {
      expect(can(member, a, { councilId: council, memberId: "m1" })).toBe(true);
      expect(can(member, a, { councilId: council, memberId: "m2" })).toBe(false);
    }
    for (const a of ["consultation.manage", "invitation.manage", "attendance.mark", "suggestion.route", "residentTopic.moderate"] as const) {
      expect(can(member, a)).toBe(false);
    }
  });
});
