import { isStanding, type MemberPost, type MemberStatus } from "../roster/member";
import type { ConsultationDraft } from "./draft";
import { consultationFormats } from "./formats";

/** What the invitation screen needs of each member of the term. */
export type InviteeCandidate = {
  id: string;
  post: MemberPost;
  status: MemberStatus;
  sectorId: string | null;
  committeeIds: readonly string[];
  townshipGroupId: string | null;
};

/** Invite by sector, committee, township group or by name; a member matching several is invited once. */
export type InviteeSelection = {
  everyone?: boolean;
  standingMembers?: boolean;
  chairs?: boolean;
  sectorIds?: readonly string[];
  committeeIds?: readonly string[];
  townshipGroupIds?: readonly string[];
  memberIds?: readonly string[];
};

const chairPosts: readonly MemberPost[] = ["chair", "viceChair", "secretaryGeneral"];

/** Active members matching any criterion, in roster order; withdrawn members are never invited. */
export function resolveInvitees(selection: InviteeSelection, roster: readonly InviteeCandidate[]): string[] {
  const sectors = new Set(selection.sectorIds ?? []);
  const committees = new Set(selection.committeeIds ?? []);
  const groups = new Set(selection.townshipGroupIds ?? []);
  const named = new Set(selection.memberIds ?? []);
  const chosen = roster.filter(
    (m) =>
      m.status === "active" &&
      (selection.everyone === true ||
        (selection.standingMembers === true && isStanding(m.post)) ||
        (selection.chairs === true && chairPosts.includes(m.post)) ||
        (m.sectorId != null && sectors.has(m.sectorId)) ||
        m.committeeIds.some((c) => committees.has(c)) ||
        (m.townshipGroupId != null && groups.has(m.townshipGroupId)) ||
        named.has(m.id)),
  );
  return [...new Set(chosen.map((m) => m.id))];
}

/** What the service knows beyond the draft: the township's group, its paired sectors, the proposers of linked proposals. */
export type InviteeContext = { townshipGroupIds: readonly string[]; pairedSectorIds: readonly string[]; proposerIds: readonly string[] };

/**
 * The members a format asks for, as a first selection the organiser can then widen or narrow.
 * Residents, departments and leaders have no member account and are invited outside this list.
 */
export function defaultInviteeSelection(draft: Pick<ConsultationDraft, "formatCode" | "sectorIds" | "leadCommitteeId">, context: InviteeContext): InviteeSelection {
  const groups = consultationFormats[draft.formatCode].participants.required;
  const has = (g: (typeof groups)[number]) => groups.includes(g);
  return {
    everyone: has("allMembers"),
    standingMembers: has("standingMembers"),
    chairs: has("chairs"),
    sectorIds: [...(has("namedSectors") ? draft.sectorIds : []), ...(has("pairedSectorGroups") ? context.pairedSectorIds : [])],
    committeeIds: has("leadCommittee") && draft.leadCommitteeId != null ? [draft.leadCommitteeId] : [],
    townshipGroupIds: has("townshipGroup") ? context.townshipGroupIds : [],
    memberIds: has("linkedProposers") ? context.proposerIds : [],
  };
}
