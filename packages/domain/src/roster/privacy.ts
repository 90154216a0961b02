import type { Actor } from "../auth/policy";
import type { Member } from "./member";
import { maskPhone } from "./phone";

/**
 * Phone numbers are personal data: shown in full to the office and to the member themself,
 * masked (138****1234) for everyone else — liaison officers and fellow members included.
 * The API applies this to every member it returns, so hiding is not left to the screens.
 */
export function seesFullPhone(actor: Pick<Actor, "role" | "memberId">, memberId: string): boolean {
  return actor.role === "admin" || (actor.role === "member" && actor.memberId === memberId);
}

/**
 * Searching by phone digits must not reveal what a mask hides: the office (which sees every number)
 * searches whole numbers; anyone else only the digits a mask shows (the first 3 and last 4).
 */
export function searchesFullPhones(actor: Pick<Actor, "role">): boolean {
  return actor.role === "admin";
}

export function visiblePhone(actor: Pick<Actor, "role" | "memberId">, member: { id: string; phone: string }): string {
  return seesFullPhone(actor, member.id) ? member.phone : maskPhone(member.phone);
}

/** What fellow members see in the portal directory: no birth date, no ethnicity, a masked phone. */
export type DirectoryEntry = Pick<
  Member,
  "id" | "name" | "gender" | "partyAffiliation" | "employerAndTitle" | "post" | "status" | "sectorId" | "committeeIds" | "townshipGroupId" | "phone"
>;

export function toDirectoryEntry(actor: Pick<Actor, "role" | "memberId">, m: Member): DirectoryEntry {
  return {
    id: m.id,
    name: m.name,
    gender: m.gender,
    partyAffiliation: m.partyAffiliation,
    employerAndTitle: m.employerAndTitle,
    post: m.post,
    status: m.status,
    sectorId: m.sectorId,
    committeeIds: m.committeeIds,
    townshipGroupId: m.townshipGroupId,
    phone: visiblePhone(actor, m),
  };
}
