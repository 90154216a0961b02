import type { Actor } from "../auth/policy";
import { authorise } from "./access";
import { markPresentProblem, type MeetingTime } from "./checkInWindow";
import type { ConsultationState } from "./lifecycle";
import { moved, refusal, refused, type WorkflowResult } from "../workflow/result";

/** One member present at one consultation; a member appears at most once. */
export type AttendanceRecord = {
  memberId: string;
  method: "qrCode" | "code" | "manual";
  at: Date;
  /** The account that marked it by hand; null for a scan. */
  markedBy: string | null;
};

export const attendanceMethodLabels: Record<AttendanceRecord["method"], string> = { qrCode: "扫码签到", code: "签到码签到", manual: "手工登记" };

/** The method a stored attendance row names: the database says "scan" for the QR code. */
export function attendanceMethodOf(source: "scan" | "code" | "manual"): AttendanceRecord["method"] {
  return source === "scan" ? "qrCode" : source;
}

/** Members present, each once (a record set built elsewhere is not trusted to be unique). */
export function attendanceCount(attendance: readonly AttendanceRecord[]): number {
  return new Set(attendance.map((a) => a.memberId)).size;
}

/**
 * Whether attendance may be registered or corrected by hand, and suggestions and speeches recorded:
 * from scheduling until the meeting is past the held stage (the sign-in sheet is checked after it).
 */
export function attendanceOpen(state: ConsultationState): boolean {
  return state === "scheduled" || state === "held";
}

/**
 * The organiser marks a member present or absent by hand: for a member without a phone, or to
 * correct a scan. Marking what is already so changes nothing. Corrections are allowed until the
 * outcome stage, since attendance is often checked against the sign-in sheet after the meeting;
 * marking present waits for check-in to open (see markPresentProblem).
 */
export function markAttendance(
  actor: Actor,
  consultation: { councilId: string; townshipId: string | null; state: ConsultationState } & MeetingTime,
  opensMinutesBefore: number,
  attendance: readonly AttendanceRecord[],
  mark: { memberId: string; present: boolean },
  now: Date,
  markedBy: string,
): WorkflowResult<AttendanceRecord[]> {
  const denied = authorise(actor, "attendance.mark", { councilId: consultation.councilId, townshipId: consultation.townshipId }, "登记出席");
  if (denied) return refused(denied);
  if (!attendanceOpen(consultation.state)) {
    return refused(refusal("state", "只有已排期或刚召开的协商可以登记出席"));
  }
  const present = attendance.some((a) => a.memberId === mark.memberId);
  if (present === mark.present) return moved([...attendance], false);
  const early = mark.present ? markPresentProblem(consultation.state, consultation, opensMinutesBefore, now) : null;
  if (early) return refused(refusal("tooEarly", early));
  return moved(
    mark.present
      ? [...attendance, { memberId: mark.memberId, method: "manual", at: now, markedBy }]
      : attendance.filter((a) => a.memberId !== mark.memberId),
  );
}
