import type { ConsultationState } from "@cppcc/domain";

export type CheckInPhase = "checkedIn" | "before" | "open" | "over" | "none";

/**
 * Where the member stands with check-in, for which buttons to show: 签到 leads only inside the
 * window; before it, 接受邀请 / 请假 and when it opens. The server judges again on every check-in.
 */
export function checkInPhase(
  state: ConsultationState,
  window: { opensAt: Date; closesAt: Date } | null,
  checkedIn: boolean,
  now = new Date(),
): CheckInPhase {
  if (checkedIn) return "checkedIn";
  if (state !== "scheduled" || window == null) return "none";
  if (now.getTime() < new Date(window.opensAt).getTime()) return "before";
  if (now.getTime() >= new Date(window.closesAt).getTime()) return "over";
  return "open";
}
