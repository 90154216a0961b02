import type { Grants } from "../auth/scope";

/**
 * Consultation's share of the permission policy. The admin (city office) holds every action across
 * the council: it runs city consultations and stands in for a township or a unit when needed
 * (a reply phoned in, an answer sent on paper). The others hold what their app does:
 * - liaison: its own township's deliberations, from the residents' topics to closing each suggestion;
 * - handler: only the suggestions routed to its unit;
 * - member: its own invitations, check-ins and suggestions.
 * A liaison's township scope never covers a city consultation (it names no township).
 */
export const consultationActions = [
  "consultation.read",
  "consultation.manage",
  "consultationPlan.read",
  "consultationPlan.manage",
  "invitation.manage",
  "invitation.reply",
  "checkIn.issue",
  "checkIn.scan",
  "attendance.mark",
  "speech.record",
  "suggestion.read",
  "suggestion.record",
  "suggestion.submit",
  "suggestion.route",
  "suggestion.answer",
  "suggestion.close",
  "residentTopic.read",
  "residentTopic.moderate",
  "venue.read",
  "venue.manage",
] as const;
export type ConsultationAction = (typeof consultationActions)[number];

export const consultationGrants: Grants<ConsultationAction> = {
  admin: Object.fromEntries(consultationActions.map((a) => [a, "council"])) as Record<ConsultationAction, "council">,
  liaison: {
    "consultation.read": "township",
    "consultation.manage": "township",
    "invitation.manage": "township",
    // Recording a reply on a member's behalf (a phone call to the liaison office).
    "invitation.reply": "township",
    "checkIn.issue": "township",
    "attendance.mark": "township",
    "speech.record": "township",
    "suggestion.read": "township",
    "suggestion.record": "township",
    "suggestion.route": "township",
    "suggestion.close": "township",
    "residentTopic.read": "township",
    "residentTopic.moderate": "township",
    "venue.read": "township",
    "venue.manage": "township",
  },
  handler: {
    "suggestion.read": "handlingUnit",
    "suggestion.answer": "handlingUnit",
  },
  member: {
    // The consultations a member is invited to; the service narrows by invitation.
    "consultation.read": "self",
    "invitation.reply": "self",
    "checkIn.scan": "self",
    "suggestion.read": "self",
    "suggestion.submit": "self",
    // Venues are public places; every member may see where they are.
    "venue.read": "council",
  },
};
