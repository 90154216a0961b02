import { z } from "zod";
import type { Actor } from "../auth/policy";
import { authorise } from "./access";
import type { AttendanceRecord } from "./attendance";
import type { InvitationState } from "./invitation";
import { checkInWindowProblem, type MeetingTime } from "./checkInWindow";
import type { ConsultationState } from "./lifecycle";
import { moved, refusal, refused, type WorkflowResult } from "../workflow/result";

/**
 * QR check-in (扫码签到). The organiser's screen shows a code that expires and is replaced, so a
 * photo of it sent to an absent colleague is useless a minute later. The token is random and long
 * (made by the service with a CSPRNG): it is in a QR code, nobody types it, and it must not be guessed.
 */
export type CheckInCode = { consultationId: string; token: string; issuedAt: Date; expiresAt: Date };

export const checkInTokenPattern = /^[A-Za-z0-9_-]{22,128}$/;
export const checkInTokenInput = z.string({ error: "签到码无效，请重新扫码" }).regex(checkInTokenPattern, "签到码无效，请重新扫码");

export function issueCheckInCode(consultationId: string, token: string, now: Date, lifetimeSeconds: number): CheckInCode {
  if (!checkInTokenPattern.test(token)) throw new Error("check-in token must be 22–128 URL-safe characters from a CSPRNG");
  return { consultationId, token, issuedAt: now, expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000) };
}

/** Valid from issue until (not including) its expiry. */
export function isCheckInCodeValid(code: CheckInCode, now: Date): boolean {
  return now.getTime() >= code.issuedAt.getTime() && now.getTime() < code.expiresAt.getTime();
}

/** When the organiser's screen should fetch the next code: a little before this one lapses, so a scan in flight still lands. */
export function checkInCodeRefreshAt(code: CheckInCode, leadSeconds = 10): Date {
  return new Date(Math.max(code.issuedAt.getTime(), code.expiresAt.getTime() - leadSeconds * 1000));
}

/** Read by the service from the token: the code, then the consultation it names and the member's invitation to it. */
export type CheckInFacts = {
  councilId: string;
  /** The code the scanned token names, or null if no such code exists. */
  code: CheckInCode | null;
  consultationState: ConsultationState;
  /** The meeting's current day and start time: check-in is open only in its window. */
  meeting: MeetingTime;
  /** The council's rule: minutes before the start time that check-in opens. */
  opensMinutesBefore: number;
  /** The member's invitation to that consultation, if any. */
  invitationState: InvitationState | null;
  attendance: readonly AttendanceRecord[];
};

/**
 * A member scans the code. A second scan is a success that changes nothing (`changed: false`), so
 * the portal may retry freely and attendance counts once; it is answered before the code is
 * checked, because the friendly answer to "did it work?" is yes even after the code has rotated.
 */
export function scanCheckIn(actor: Actor, facts: CheckInFacts, now: Date): WorkflowResult<AttendanceRecord[]> {
  if (actor.memberId == null) return refused(refusal("notMember", "只有委员本人可以扫码签到；会务人员请使用手工登记出席", "forbidden"));
  const denied = authorise(actor, "checkIn.scan", { councilId: facts.councilId, memberId: actor.memberId }, "扫码签到");
  if (denied) return refused(denied);
  if (facts.attendance.some((a) => a.memberId === actor.memberId)) return moved([...facts.attendance], false);
  if (facts.code == null) return refused(refusal("codeInvalid", "签到码无效，请重新扫码"));
  if (!isCheckInCodeValid(facts.code, now)) return refused(refusal("codeExpired", "签到码已过期，请扫描屏幕上最新的二维码"));
  return admit(actor.memberId, facts, now, "qrCode");
}

/** Read by the service for a typed code that matched one of the member's meetings. */
export type PinCheckInFacts = Omit<CheckInFacts, "code">;

/** A member typed the meeting's 6-digit code and the service found it matches (see checkInPin.ts). */
export function pinCheckIn(actor: Actor, facts: PinCheckInFacts, now: Date): WorkflowResult<AttendanceRecord[]> {
  if (actor.memberId == null) return refused(refusal("notMember", "只有委员本人可以输入签到码签到；会务人员请使用手工登记出席", "forbidden"));
  const denied = authorise(actor, "checkIn.scan", { councilId: facts.councilId, memberId: actor.memberId }, "签到");
  if (denied) return refused(denied);
  if (facts.attendance.some((a) => a.memberId === actor.memberId)) return moved([...facts.attendance], false);
  return admit(actor.memberId, facts, now, "code");
}

function admit(memberId: string, facts: PinCheckInFacts, now: Date, method: AttendanceRecord["method"]): WorkflowResult<AttendanceRecord[]> {
  const closed = checkInWindowProblem(facts.consultationState, facts.meeting, facts.opensMinutesBefore, now);
  if (closed) return refused(refusal("windowClosed", closed));
  if (facts.invitationState == null || facts.invitationState === "withdrawn") {
    return refused(refusal("notInvited", "您不在本次协商的邀请名单中，请联系会务人员登记"));
  }
  return moved([...facts.attendance, { memberId, method, at: now, markedBy: null }]);
}
