import type { InvitationState } from "./invitation";
import { hasTakenPlace, type ConsultationState } from "./lifecycle";

/**
 * The duty events this area writes (谁组织谁记录), in the same transaction as what caused them.
 * `source` is what the duty ledger entry's source_table/source_id point at: one attendance, leave or
 * absence per member per consultation (so a retried check-in stays one event), one event per
 * speech and per suggestion.
 *
 * Absence is written too, though no one "does" it: the exit rules (激励约束退出机制) count
 * unexcused absences, and scoring reads only the duty ledger.
 */
export const consultationDutyEventKinds = [
  "consultationAttendance",
  "consultationLeave",
  "consultationAbsence",
  "consultationSpeech",
  "consultationSuggestion",
] as const;
export type ConsultationDutyEventKind = (typeof consultationDutyEventKinds)[number];

export const consultationDutyEventLabels: Record<ConsultationDutyEventKind, string> = {
  consultationAttendance: "出席协商活动",
  consultationLeave: "请假（已准假）",
  consultationAbsence: "无故缺席",
  consultationSpeech: "协商发言",
  consultationSuggestion: "提出意见建议",
};

export const consultationDutyEventSources: Record<ConsultationDutyEventKind, "consultation" | "consultation_speech" | "consultation_suggestion"> = {
  consultationAttendance: "consultation",
  consultationLeave: "consultation",
  consultationAbsence: "consultation",
  consultationSpeech: "consultation_speech",
  consultationSuggestion: "consultation_suggestion",
};

export type ConsultationDutyEvent = { kind: ConsultationDutyEventKind; memberId: string };

/**
 * When a consultation is recorded as held: each invited member attended, was excused, or was
 * absent. Attending wins over everything (a member on leave who came anyway attended); a leave
 * asked for but never granted is an absence. Withdrawn invitations count for nothing.
 */
export function participationDutyEvents(
  invitations: readonly { memberId: string; state: InvitationState }[],
  presentMemberIds: ReadonlySet<string>,
): ConsultationDutyEvent[] {
  const events: ConsultationDutyEvent[] = [];
  const seen = new Set<string>();
  for (const { memberId, state } of invitations) {
    if (state === "withdrawn" || seen.has(memberId)) continue;
    seen.add(memberId);
    if (presentMemberIds.has(memberId)) events.push({ kind: "consultationAttendance", memberId });
    else if (state === "leaveApproved") events.push({ kind: "consultationLeave", memberId });
    else events.push({ kind: "consultationAbsence", memberId });
  }
  // Present without an invitation (marked by hand): attended all the same.
  for (const memberId of presentMemberIds) if (!seen.has(memberId)) events.push({ kind: "consultationAttendance", memberId });
  return events;
}

/** A suggestion credits its author only when the author is a member. */
export function suggestionDutyEvent(s: { authorKind: string; authorMemberId: string | null }): ConsultationDutyEvent | null {
  return s.authorKind === "member" && s.authorMemberId != null ? { kind: "consultationSuggestion", memberId: s.authorMemberId } : null;
}

/** The kinds a meeting's participation settles; one of them at most is live per member. */
export const participationDutyEventKinds = ["consultationAttendance", "consultationLeave", "consultationAbsence"] as const;

/**
 * What should count now for the members given, from the meeting's state and their invitations and
 * check-ins: before the meeting there is no absence yet (only attendance or leave can be known); a
 * meeting cancelled before it took place counts for no one. Corrections after the meeting change
 * the answer, and the ledger follows with reversals.
 */
export function participationDutyNow(
  meeting: { state: ConsultationState; heldOn: string | null },
  invitations: readonly { memberId: string; state: InvitationState }[],
  presentMemberIds: ReadonlySet<string>,
): ConsultationDutyEvent[] {
  if (meeting.state === "cancelled" && meeting.heldOn == null) return [];
  const taken = hasTakenPlace(meeting.state, meeting.heldOn);
  return participationDutyEvents(invitations, presentMemberIds).filter((e) => e.kind !== "consultationAbsence" || taken);
}
