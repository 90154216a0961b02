import type { ConsultationState } from "./lifecycle";
import type { PlanItemProgress } from "./plan";

/**
 * 计划项目待安排: the item's period has begun (or passed) and nothing is yet fixed for it — no
 * consultation, or one still a draft or being planned, without a date. A scheduled one has its day;
 * one held or cancelled is no longer the office's to arrange.
 */
export function planItemAwaitingSchedule(progress: PlanItemProgress, consultationState: ConsultationState | null): boolean {
  if (progress !== "due" && progress !== "overdue") return false;
  return consultationState === null || consultationState === "draft" || consultationState === "planned";
}
