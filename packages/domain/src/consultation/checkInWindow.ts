import { endOfShanghaiDay } from "../calendar";
import type { IsoDate } from "./dates";
import type { ConsultationState } from "./lifecycle";

/**
 * When members may check in to a meeting: from a little before it starts (the council's
 * `checkInOpensMinutesBefore`) until the end of its day in Shanghai. A meeting without a start time
 * opens at 00:00 of its day. It never opens the day before, even for a meeting starting just after
 * midnight: a check-in counts as attending, and a member cannot attend a meeting that has not begun
 * its day. The day is the consultation's current `plannedDate`, so a postponed meeting's window
 * moves with it.
 */
export type CheckInWindow = { opensAt: Date; closesAt: Date };
export type MeetingTime = { plannedDate: IsoDate | null; startTime: string | null };

const offsetMs = 8 * 60 * 60 * 1000;
const timePattern = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** The instant a Shanghai wall time on a date names ("08:30" or Postgres's "08:30:00"). */
export function shanghaiInstant(date: IsoDate, time: string | null): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = time == null ? null : timePattern.exec(time);
  if (time != null && !t) throw new RangeError(`时间格式应为 HH:MM：${time}`);
  const minutes = t ? Number(t[1]) * 60 + Number(t[2]) : 0;
  return new Date(Date.UTC(y, m - 1, d) - offsetMs + minutes * 60_000);
}

export function checkInWindow(meeting: MeetingTime, opensMinutesBefore: number): CheckInWindow | null {
  if (meeting.plannedDate == null) return null;
  const dayStart = shanghaiInstant(meeting.plannedDate, null);
  const start = shanghaiInstant(meeting.plannedDate, meeting.startTime);
  const opensAt = new Date(Math.max(dayStart.getTime(), start.getTime() - opensMinutesBefore * 60_000));
  return { opensAt, closesAt: endOfShanghaiDay(meeting.plannedDate) };
}

export function isCheckInOpen(window: CheckInWindow | null, now: Date): boolean {
  return window != null && now.getTime() >= window.opensAt.getTime() && now.getTime() < window.closesAt.getTime();
}

/** "12月3日 08:30", as a member reads it on the phone (Shanghai time). */
export function shanghaiMoment(instant: Date): string {
  const local = new Date(instant.getTime() + offsetMs);
  const hh = String(local.getUTCHours()).padStart(2, "0");
  const mm = String(local.getUTCMinutes()).padStart(2, "0");
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${hh}:${mm}`;
}

/** "12月3日", for a date. */
export function monthDay(date: IsoDate): string {
  const [, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${m}月${d}日`;
}

/**
 * Why a member cannot check in now (by QR or typed code), or null when they can. Only a scheduled
 * meeting takes check-ins: once recorded as held, attendance is the organiser's to correct by hand.
 */
export function checkInWindowProblem(state: ConsultationState, meeting: MeetingTime, opensMinutesBefore: number, now: Date): string | null {
  if (state === "held") return "本次协商已登记为已召开，签到已结束；如需补登出席请联系会务人员";
  if (state === "planned") return "本次协商已延期，新的会议日期尚未确定，暂不能签到";
  if (state !== "scheduled") return "本次协商当前不在签到时间";
  const window = checkInWindow(meeting, opensMinutesBefore);
  if (window == null) return "本次协商尚未确定会议日期，暂不能签到";
  if (now.getTime() < window.opensAt.getTime()) return `签到将于 ${shanghaiMoment(window.opensAt)} 开放`;
  if (now.getTime() >= window.closesAt.getTime()) {
    return `本次协商的签到已于 ${monthDay(meeting.plannedDate!)} 结束，如需补登出席请联系会务人员`;
  }
  return null;
}

/**
 * Why the organiser cannot mark a member present by hand now, or null. By hand is allowed from the
 * moment check-in opens with no closing time: offices reconcile attendance against the paper
 * sign-in sheet after the meeting (the evening, the next morning, or while recording it as held,
 * which itself needs attendance), so closing it with the day would lose real attendance. Before
 * the window opens nobody can be present yet, so marking then would count an attendance that did
 * not happen.
 */
export function markPresentProblem(state: ConsultationState, meeting: MeetingTime, opensMinutesBefore: number, now: Date): string | null {
  if (state !== "scheduled") return null;
  const window = checkInWindow(meeting, opensMinutesBefore);
  if (window == null) return "本次协商尚未确定会议日期，不能登记出席";
  if (now.getTime() < window.opensAt.getTime()) return `签到将于 ${shanghaiMoment(window.opensAt)} 开放，会前不能登记出席`;
  return null;
}

/**
 * What happens at the meeting (speeches made there, suggestions raised there) is recorded from its
 * day on, not before: it counts in members' duty records as having happened.
 */
export function meetingDayProblem(state: ConsultationState, meeting: MeetingTime, now: Date, what: string): string | null {
  if (state !== "scheduled" || meeting.plannedDate == null) return null;
  const dayStart = shanghaiInstant(meeting.plannedDate, null);
  if (now.getTime() >= dayStart.getTime()) return null;
  const when = meeting.startTime ? shanghaiMoment(shanghaiInstant(meeting.plannedDate, meeting.startTime)) : monthDay(meeting.plannedDate);
  return `会议定于 ${when} 召开，会前不能${what}`;
}
