import type { InvitationState } from "./invitation";

/**
 * A member registered present by hand is on the invitation list from then on: a member who came
 * without an invitation (or whose invitation was withdrawn) gets one, accepted, so the list, the
 * portal and the duty record all agree that they took part. Any other reply stands as it was: a
 * member on leave who came anyway attended, and the leave record says what they asked for.
 * Returns the state to write, or null when the invitation stays as it is.
 */
export function walkInInvitation(current: InvitationState | null): InvitationState | null {
  return current == null || current === "withdrawn" ? "accepted" : null;
}
